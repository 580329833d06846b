package org.aaregistry.labs.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aaregistry.labs.entity.BloodCount;

/**
 * A blood count as the API shows it; {@code version} is also its ETag. The void reason is free text and is left
 * out for investigators.
 */
public record BloodCountView(
        UUID id,
        LocalDate sampleDate,
        BigDecimal hemoglobin,
        BigDecimal anc,
        BigDecimal platelets,
        BigDecimal reticulocytes,
        boolean rbcTransfused,
        boolean plateletsTransfused,
        boolean onGcsf,
        long version,
        boolean voided,
        String voidReason,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static BloodCountView of(BloodCount count, boolean withFreeText) {
        BloodCount.Values v = count.values();
        return new BloodCountView(
                count.id(),
                v.sampleDate(),
                v.hemoglobin(),
                v.anc(),
                v.platelets(),
                v.reticulocytes(),
                v.rbcTransfused(),
                v.plateletsTransfused(),
                v.onGcsf(),
                count.version(),
                count.voided(),
                withFreeText ? count.voiding().voidReason() : null,
                count.stamp().createdAt(),
                count.stamp().createdBy(),
                count.stamp().updatedAt(),
                count.stamp().updatedBy());
    }
}
