package org.aaregistry.outcome.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.aaregistry.outcome.entity.ClinicalEvent;
import org.aaregistry.outcome.entity.ClonalEvolution;
import org.aaregistry.outcome.entity.EventType;
import org.aaregistry.treatment.entity.TreatmentLine;

/**
 * A clinical event as the API shows it. {@code derived} events (second-line therapy, from the start of line 2)
 * have no id and cannot be changed; the detail is free text and is not shown to investigators.
 */
public record EventView(
        UUID id,
        EventType eventType,
        LocalDate eventDate,
        ClonalEvolution subtype,
        String detail,
        boolean derived,
        Long version,
        boolean voided,
        String createdBy,
        Instant createdAt) {

    static EventView of(ClinicalEvent event, boolean withFreeText) {
        ClinicalEvent.Occurrence o = event.occurrence();
        return new EventView(
                event.id(),
                o.eventType(),
                o.eventDate(),
                o.subtype(),
                withFreeText ? o.detail() : null,
                false,
                event.version(),
                event.voided(),
                event.stamp().createdBy(),
                event.stamp().createdAt());
    }

    static EventView secondLine(TreatmentLine line) {
        return new EventView(
                null,
                EventType.SECOND_LINE_THERAPY,
                line.startDate(),
                null,
                "start of treatment line " + line.lineNumber() + " (" + line.regimen() + ")",
                true,
                null,
                false,
                null,
                null);
    }
}
