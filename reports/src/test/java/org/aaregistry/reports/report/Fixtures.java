package org.aaregistry.reports.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/** A provenance for builder tests, and R's NA as this package writes it (null). */
final class Fixtures {
    private Fixtures() {}

    static Provenance provenance() {
        return new Provenance(
                "investigator.alice",
                Instant.parse("2025-04-02T09:15:00Z"),
                LocalDate.of(2025, 3, 31),
                "site SITE-A; severity SAA, VSAA",
                "Overall survival: death from any cause",
                "date of diagnosis",
                List.of("death from any cause"),
                null);
    }

    /** A reference value as the records hold it: R's NA as null. */
    static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
