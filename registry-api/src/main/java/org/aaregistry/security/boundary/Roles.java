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

    /**
     * Demo loader: loads the synthetic demo cohort into demo sites, and nothing else. Held only by a user of the
     * development realm; a real deployment's realm has nobody with it.
     */
    public static final String DEMO_LOADER = "demo-loader";

    public static final Set<String> ALL = Set.of(COORDINATOR, INVESTIGATOR, AUDITOR, ADMIN, DEMO_LOADER);

    private Roles() {}
}
