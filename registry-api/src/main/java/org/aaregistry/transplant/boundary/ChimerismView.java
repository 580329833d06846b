package org.aaregistry.transplant.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aaregistry.transplant.entity.Chimerism;
import org.aaregistry.transplant.entity.ChimerismLevel;
import org.aaregistry.transplant.entity.Lineage;

/** A chimerism result with its level (full, mixed, lost). */
public record ChimerismView(
        UUID id,
        UUID transplantId,
        LocalDate sampleDate,
        Lineage lineage,
        BigDecimal donorPercent,
        ChimerismLevel level,
        long version,
        boolean voided,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static ChimerismView of(Chimerism chimerism) {
        Chimerism.Result r = chimerism.result();
        return new ChimerismView(
                chimerism.id(),
                chimerism.transplant().id(),
                r.sampleDate(),
                r.lineage(),
                r.donorPercent(),
                chimerism.level(),
                chimerism.version(),
                chimerism.voided(),
                chimerism.stamp().createdAt(),
                chimerism.stamp().createdBy(),
                chimerism.stamp().updatedAt(),
                chimerism.stamp().updatedBy());
    }
}
