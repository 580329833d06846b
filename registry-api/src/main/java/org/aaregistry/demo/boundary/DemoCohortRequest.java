package org.aaregistry.demo.boundary;

import jakarta.json.JsonValue;
import java.util.regex.Pattern;
import org.aaregistry.demo.control.DemoCohort;
import org.aaregistry.problem.control.JsonInput;

/**
 * What to load: patients {@code first} to {@code first + patients - 1} of the cohort with this seed, spread over
 * the demo network or all at one site. {@code onlyIfEmpty} refuses (409) when the registry has any patient, so a
 * launcher can offer the demo to a new installation and never touch an existing registry.
 */
record DemoCohortRequest(long seed, long first, int patients, String site, boolean onlyIfEmpty) {

    /** Patients per request: a larger cohort is loaded by several requests (bin/registry demo does). */
    static final int MAX_PER_REQUEST = 100_000;

    private static final Pattern SITE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

    static DemoCohortRequest read(JsonValue body) {
        JsonInput json = JsonInput.of(body);
        Long seed = json.longInteger("seed", false);
        Long first = json.longInteger("first", false);
        Integer patients = json.integer("patients", true);
        String site = json.text("site", false, 20);
        Boolean onlyIfEmpty = json.bool("onlyIfEmpty", false);
        long s = seed == null ? DemoCohort.DEFAULT_SEED : seed;
        long f = first == null ? 0 : first;
        if (s < 0 || s > DemoCohort.MAX_SEED) {
            json.invalid("seed", "must be 0 to " + DemoCohort.MAX_SEED);
        }
        if (patients != null && (patients < 0 || patients > MAX_PER_REQUEST)) {
            json.invalid("patients", "must be 0 to " + MAX_PER_REQUEST + " per request; load more in several");
        }
        if (f < 0 || patients != null && f + patients > DemoCohort.MAX_PATIENTS) {
            json.invalid("first", "must be 0 or more, and first + patients at most " + DemoCohort.MAX_PATIENTS);
        }
        if (site != null && !SITE.matcher(site).matches()) {
            json.invalid("site", "must be a site code: 2-20 upper-case letters, digits or '-'");
        }
        json.finish();
        return new DemoCohortRequest(s, f, patients, site, Boolean.TRUE.equals(onlyIfEmpty));
    }
}
