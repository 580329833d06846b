package org.aaregistry.idempotency.boundary;

import java.net.URI;

/** What a creation answers: where the new record is, its representation and its version (the ETag). */
public record Creation(URI location, Object representation, long version) {}
