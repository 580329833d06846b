package org.aaregistry.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.aaregistry.it.Keycloak;
import org.openqa.selenium.By;

/**
 * How fast each main page shows its content in a real Chromium, against a running registry with the default demo
 * cohort ({@code bin/registry up}; {@code bin/registry benchmark-ui} runs this): the time from the start of the
 * navigation to the end of the load event (HTML, styles, scripts, and the charts, which are drawn before it), from
 * the browser's Navigation Timing. Each page 12 times, the first 2 as warm-up; medians and the slowest of the rest.
 * Not a test: the machine's speed drifts, so the figures go to the benchmark results, not into assertions.
 */
public final class PageSpeedBenchmark {

    private static final String UI = System.getenv().getOrDefault("REGISTRY_BENCH_UI", "http://localhost:8080");
    private static final int RUNS = 12;
    private static final int WARM_UP = 2;

    private PageSpeedBenchmark() {}

    public static void main(String[] args) throws Exception {
        StringBuilder out = new StringBuilder("## Pages in the browser (target: content in under 300 ms)\n\n");
        out.append("Chromium ")
                .append("headless, 1366×768, against ")
                .append(UI)
                .append("; navigation start to the end of the load event (Navigation Timing), ")
                .append(RUNS - WARM_UP)
                .append(" runs after ")
                .append(WARM_UP)
                .append(" warm-up.\n\n");
        out.append("| user | page | median ms | slowest ms |\n|---|---|---|---|\n");
        measure(out, "coordinator-a", coordinatorPages());
        measure(
                out,
                "investigator",
                List.of(
                        new String[] {"cohort builder", "/reports"},
                        new String[] {"survival by regimen", "/reports/survival?groupBy=FIRST_LINE_REGIMEN"},
                        new String[] {"cumulative incidence", "/reports/cumulative-incidence"},
                        new String[] {"response", "/reports/response?groupBy=FIRST_LINE_REGIMEN"},
                        new String[] {"cohort summary", "/reports/cohort-summary"},
                        new String[] {"transplant outcomes", "/reports/transplant"}));
        measure(
                out,
                "auditor",
                List.of(
                        new String[] {"access log", "/audit/access-log"},
                        new String[] {"change history", "/audit/change-history"},
                        new String[] {"audit chain", "/audit/chain"}));
        Path file = Path.of("var/benchmark/ui-" + LocalDate.now() + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println(out);
        System.out.println("written to " + file.toAbsolutePath());
    }

    private static List<String[]> coordinatorPages() throws Exception {
        List<String[]> pages = new ArrayList<>(List.of(
                new String[] {"start", "/home"},
                new String[] {"patients", "/patients"},
                new String[] {"completeness", "/completeness"},
                new String[] {"import", "/import"}));
        try (Browser browser = new Browser()) {
            browser.open(UI + "/patients?sort=-lastContactDate");
            browser.signInAs("coordinator-a", Keycloak.DEV_PASSWORD);
            String chart =
                    browser.await(By.cssSelector("table.patients tbody a")).getAttribute("href");
            String path = chart.substring(chart.indexOf("/patients/"));
            pages.add(new String[] {"patient chart", path});
            pages.add(new String[] {"add counts", path + "/blood-counts/new"});
        }
        return pages;
    }

    private static void measure(StringBuilder out, String user, List<String[]> pages) throws Exception {
        try (Browser browser = new Browser()) {
            browser.open(UI + "/");
            browser.signInAs(user, Keycloak.DEV_PASSWORD);
            for (String[] page : pages) {
                List<Double> times = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    browser.open(UI + page[1]);
                    browser.ready();
                    Object loaded = browser.script(
                            "const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime;");
                    if (run >= WARM_UP) {
                        times.add(((Number) loaded).doubleValue());
                    }
                }
                Collections.sort(times);
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | **%.0f** | %.0f |%n",
                        user,
                        page[0],
                        times.get(times.size() / 2),
                        times.get(times.size() - 1)));
            }
        }
    }
}
