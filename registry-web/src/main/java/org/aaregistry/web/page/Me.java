package org.aaregistry.web.page;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Who is signed in, as the API describes them: shown on every page (name, roles, sites) and used to show only the
 * navigation the user's roles allow. The API still decides every request.
 */
public record Me(String username, String name, List<String> roles, List<String> sites) implements Serializable {

    private static final Map<String, String> ROLE_NAMES = Map.of(
            "coordinator", "Research coordinator",
            "investigator", "Investigator",
            "auditor", "Auditor",
            "admin", "Registry admin",
            "demo-loader", "Demo loader");

    public boolean coordinator() {
        return roles.contains("coordinator");
    }

    public boolean investigator() {
        return roles.contains("investigator");
    }

    public boolean auditor() {
        return roles.contains("auditor");
    }

    public boolean admin() {
        return roles.contains("admin");
    }

    /** Reads clinical records: coordinators (their sites) and investigators (all, without free text). */
    public boolean readsRecords() {
        return coordinator() || investigator();
    }

    public List<String> roleNames() {
        return roles.stream().map(role -> ROLE_NAMES.getOrDefault(role, role)).toList();
    }

    /** "SITE-A" or "SITE-A, SITE-B"; "all sites" for a user without site scope who reads every site. */
    public String siteScope() {
        if (!sites.isEmpty()) {
            return String.join(", ", sites);
        }
        return investigator() ? "all sites" : "no site";
    }
}
