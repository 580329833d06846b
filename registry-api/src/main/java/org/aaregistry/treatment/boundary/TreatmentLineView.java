package org.aaregistry.treatment.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aaregistry.treatment.entity.Intent;
import org.aaregistry.treatment.entity.Regimen;
import org.aaregistry.treatment.entity.StopReason;
import org.aaregistry.treatment.entity.TreatmentLine;

/** A treatment line as the API shows it. The regimen detail is free text: not shown to investigators. */
public record TreatmentLineView(
        UUID id,
        int lineNumber,
        Regimen regimen,
        String regimenDetail,
        LocalDate startDate,
        LocalDate endDate,
        Intent intent,
        StopReason stopReason,
        long version,
        boolean voided,
        String voidReason,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    static TreatmentLineView of(TreatmentLine line, boolean withFreeText) {
        TreatmentLine.Plan plan = line.plan();
        return new TreatmentLineView(
                line.id(),
                line.lineNumber(),
                plan.regimen(),
                withFreeText ? plan.regimenDetail() : null,
                plan.startDate(),
                plan.endDate(),
                plan.intent(),
                plan.stopReason(),
                line.version(),
                line.voided(),
                withFreeText ? line.voiding().voidReason() : null,
                line.stamp().createdAt(),
                line.stamp().createdBy(),
                line.stamp().updatedAt(),
                line.stamp().updatedBy());
    }
}
