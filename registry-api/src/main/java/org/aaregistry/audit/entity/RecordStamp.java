package org.aaregistry.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who created a row and who changed it last, and when (server time, UTC). The full story, with old and new
 * values and the reason for each change, is in the change history; this is the summary a list can show.
 */
@Embeddable
public record RecordStamp(
        @Column(name = "created_at", nullable = false, updatable = false)
        Instant createdAt,

        @Column(name = "created_by", nullable = false, updatable = false)
        String createdBy,

        @Column(name = "updated_at") Instant updatedAt,
        @Column(name = "updated_by") String updatedBy) {

    public RecordStamp {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
    }

    public static RecordStamp createdBy(String username) {
        return new RecordStamp(Instant.now(), username, null, null);
    }

    public RecordStamp changedBy(String username) {
        return new RecordStamp(createdAt, createdBy, Instant.now(), username);
    }
}
