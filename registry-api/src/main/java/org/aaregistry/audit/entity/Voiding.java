package org.aaregistry.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether a clinical record was voided — withdrawn as entered in error — by whom, when and why. Clinical data
 * is never deleted (the OpenMRS convention): a voided record stays, with its history, out of lists and reports.
 */
@Embeddable
public record Voiding(
        @Column(name = "voided", nullable = false) boolean voided,
        @Column(name = "voided_at") Instant voidedAt,
        @Column(name = "voided_by") String voidedBy,
        @Column(name = "void_reason") String voidReason) {

    public static final Voiding NOT_VOIDED = new Voiding(false, null, null, null);

    public static Voiding by(String username, String reason) {
        Objects.requireNonNull(reason, "a void needs a reason");
        return new Voiding(true, Instant.now(), username, reason);
    }
}
