package org.aaregistry.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Where the libraries the pages use are served from: the webjars in WEB-INF/lib, by the application itself (a
 * hospital network may have no internet). Versions come from the build (assets.properties).
 */
public final class Assets {

    public static final Map<String, String> PATHS = load();

    private Assets() {}

    private static Map<String, String> load() {
        Properties versions = new Properties();
        try (InputStream in = Assets.class.getResourceAsStream("assets.properties")) {
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String bootstrap = "/webjars/bootstrap/" + versions.getProperty("bootstrap") + "/dist/";
        return Map.of(
                "bootstrapCss", bootstrap + "css/bootstrap.min.css",
                "bootstrapJs", bootstrap + "js/bootstrap.bundle.min.js",
                "htmx", "/webjars/htmx.org/" + versions.getProperty("htmx") + "/dist/htmx.min.js",
                "chart", "/webjars/chart.js/" + versions.getProperty("chartjs") + "/dist/chart.umd.min.js");
    }
}
