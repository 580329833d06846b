package org.aaregistry.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The API exactly as the build produced it ({@code target/registry-api.war}), deployed under {@code /api}
 * as in production. Tests talk to it from outside over HTTP, like every other client.
 */
public final class RegistryDeployment {

    private RegistryDeployment() {}

    public static WebArchive builtApi() {
        File war = new File(System.getProperty("registry.war", "target/registry-api.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "api.war").importFrom(war).as(WebArchive.class);
    }
}
