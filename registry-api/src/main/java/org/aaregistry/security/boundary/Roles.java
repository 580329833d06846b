package org.aaregistry.security.boundary;

import java.util.Set;

/** The registry's realm roles, as they arrive in the token's {@code groups} claim. */
public final class Roles {

    /** Research coordinator: enters and corrects the patients of their own site(s). */
    public static final String COORDINATOR = "coordinator";
    /** Investigator: reads all sites without identifying fields, runs reports. */
    public static final String INVESTIGATOR = "investigator";
    /** Auditor: reads the access log and change history, verifies the chain; no clinical records. */
    public static final String AUDITOR = "auditor";
    /** Admin: manages sites and reference data; people and roles live in Keycloak. */
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(COORDINATOR, INVESTIGATOR, AUDITOR, ADMIN);

    private Roles() {}
}
