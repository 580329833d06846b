package org.aaregistry.web;

import java.io.File;
import java.net.URL;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.aaregistry.it.Api;
import org.aaregistry.it.Keycloak;
import org.aaregistry.it.Reply;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The registry as a user meets it: the built UI at {@code /} and the built API at {@code /api} in one Payara Micro,
 * as {@code bin/registry up} runs them, opened with a demo cohort so that every page shows realistic data.
 */
final class WebRegistry {

    /** Patients of the demo cohort the browser tests open with (SITE-A gets about a third). */
    static final int DEMO_PATIENTS = 800;

    private static final Set<String> PREPARED = ConcurrentHashMap.newKeySet();

    final String origin;
    final Api api;

    private WebRegistry(URL deployment) {
        this.origin = "http://localhost:" + deployment.getPort();
        this.api = new Api(deployment);
    }

    static WebArchive deployment() {
        File war = new File(System.getProperty("registry.webWar", "target/registry-web.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    /** Keycloak accepts this server's sign-in redirects; the registry holds the demo cohort. */
    static WebRegistry at(URL deployment) {
        WebRegistry registry = new WebRegistry(deployment);
        if (PREPARED.add(registry.origin)) {
            Keycloak.allowWebRedirectTo(registry.origin);
            Reply demo = registry.api.post(
                    "api/v1/demo-cohorts",
                    Keycloak.token("demo-loader"),
                    "{\"seed\":1,\"patients\":" + DEMO_PATIENTS + ",\"onlyIfEmpty\":true}");
            // 409: an earlier test class of this build loaded it into the same test database
            if (demo.status() != 200 && demo.status() != 409) {
                throw new IllegalStateException("the demo cohort did not load: " + demo);
            }
        }
        return registry;
    }

    String url(String path) {
        return origin + path;
    }
}
