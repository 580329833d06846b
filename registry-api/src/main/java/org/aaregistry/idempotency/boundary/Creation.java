package org.aaregistry.idempotency.boundary;

import java.net.URI;

/**
 * What a creation answers: where the new record is, its representation and its version (the ETag). An import
 * creates many records at once and has neither a location nor a version: both {@code null}.
 */
public record Creation(URI location, Object representation, Long version) {

    /** What an import answers: its report, no single new record. */
    public static Creation report(Object report) {
        return new Creation(null, report, null);
    }
}
