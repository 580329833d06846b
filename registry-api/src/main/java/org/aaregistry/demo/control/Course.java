package org.aaregistry.demo.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.aaregistry.outcome.entity.ClonalEvolution;
import org.aaregistry.outcome.entity.EventType;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.TimePoint;
import org.aaregistry.patient.entity.CauseOfDeath;
import org.aaregistry.treatment.entity.Intent;
import org.aaregistry.treatment.entity.Regimen;
import org.aaregistry.treatment.entity.StopReason;

/**
 * A course as the simulation writes it, in the registry's terms: lines, transplants, counts, events, follow-up.
 * Ends as a {@link DemoCourse}: the request bodies, with everything after the end of follow-up left out.
 */
final class Course {

    /** A treatment line; its end is known only when the next phase begins. */
    static final class Line {
        final Regimen regimen;
        final String detail;
        final LocalDate start;
        final Intent intent;
        LocalDate end;
        StopReason stopReason;

        Line(Regimen regimen, String detail, LocalDate start, Intent intent) {
            this.regimen = regimen;
            this.detail = detail;
            this.start = start;
            this.intent = intent;
        }

        /** Ends the line on the day before {@code next} (or on the day itself when it started then). */
        void stopBefore(LocalDate next, StopReason reason) {
            this.end = next.isAfter(start) ? next.minusDays(1) : start;
            this.stopReason = reason;
        }
    }

    record Count(
            LocalDate date,
            double hemoglobin,
            double anc,
            double platelets,
            Double reticulocytes,
            boolean rbcTransfused,
            boolean plateletsTransfused,
            boolean onGcsf) {}

    record Event(EventType type, LocalDate date, ClonalEvolution subtype) {}

    record Recorded(Line line, TimePoint timePoint, ResponseCategory category, String note) {}

    final Presentation presentation;
    final List<Line> lines = new ArrayList<>();
    final List<TransplantCourse.Record> transplants = new ArrayList<>();
    final List<Count> counts = new ArrayList<>();
    final List<Event> events = new ArrayList<>();
    final List<Recorded> recorded = new ArrayList<>();
    LocalDate death;
    CauseOfDeath causeOfDeath;
    LocalDate lost;

    Course(Presentation presentation) {
        this.presentation = presentation;
    }

    Line startLine(Regimen regimen, String detail, LocalDate start, Intent intent) {
        Line line = new Line(regimen, detail, start, intent);
        lines.add(line);
        return line;
    }

    void died(LocalDate date, CauseOfDeath cause) {
        this.death = date;
        this.causeOfDeath = cause;
    }

    boolean hasEvent(EventType type) {
        return events.stream().anyMatch(e -> e.type() == type);
    }

    /**
     * The request bodies. Alive patients were last seen up to five months before the data's as-of date (or at
     * their last count, if later); a dead patient's last contact is the death; a lost one's the last visit.
     */
    DemoCourse toRequests(String studyId, String site, LocalDate lastContact) {
        LocalDate lastKnown = death != null ? death : lastContact;
        List<JsonObject> countBodies = counts.stream()
                .filter(c -> !c.date().isAfter(lastKnown))
                .sorted(Comparator.comparing(Count::date))
                .map(Course::count)
                .toList();
        List<Line> keptLines =
                lines.stream().filter(l -> !l.start.isAfter(lastKnown)).toList();
        List<DemoCourse.Transplant> transplantBodies = transplants.stream()
                .filter(t -> !t.day0().isAfter(lastKnown))
                .map(t -> t.requests(lastKnown))
                .toList();
        List<JsonObject> eventBodies = events.stream()
                .filter(e -> !e.date().isAfter(lastKnown))
                .map(Course::event)
                .toList();
        List<DemoCourse.RecordedResponse> recordedBodies = recorded.stream()
                .filter(r -> keptLines.contains(r.line()))
                .map(r -> new DemoCourse.RecordedResponse(
                        keptLines.indexOf(r.line()),
                        Bodies.object()
                                .add("timePoint", r.timePoint().name())
                                .add("category", r.category().name())
                                .add("note", r.note())
                                .build()))
                .toList();
        return new DemoCourse(
                studyId,
                site,
                presentation.request(studyId, site, death, causeOfDeath, lost, lastKnown),
                countBodies,
                keptLines.stream().map(l -> line(l, lastKnown)).toList(),
                transplantBodies,
                eventBodies,
                recordedBodies);
    }

    private static JsonObject count(Count c) {
        JsonObjectBuilder body = Bodies.object()
                .add("sampleDate", c.date().toString())
                .add("hemoglobin", Chance.rounded(c.hemoglobin(), 0))
                .add("anc", Chance.rounded(c.anc(), 2))
                .add("platelets", Chance.rounded(c.platelets(), 0));
        if (c.reticulocytes() != null) {
            body.add("reticulocytes", Chance.rounded(c.reticulocytes(), 0));
        }
        return body.add("rbcTransfused", c.rbcTransfused())
                .add("plateletsTransfused", c.plateletsTransfused())
                .add("onGcsf", c.onGcsf())
                .build();
    }

    private static JsonObject line(Line l, LocalDate lastKnown) {
        JsonObjectBuilder body = Bodies.object()
                .add("regimen", l.regimen.name())
                .add("startDate", l.start.toString())
                .add("intent", l.intent.name());
        if (l.detail != null) {
            body.add("regimenDetail", l.detail);
        }
        if (l.end != null && !l.end.isAfter(lastKnown)) {
            body.add("endDate", l.end.toString()).add("stopReason", l.stopReason.name());
        }
        return body.build();
    }

    private static JsonObject event(Event e) {
        JsonObjectBuilder body = Bodies.object()
                .add("eventType", e.type().name())
                .add("eventDate", e.date().toString());
        if (e.subtype() != null) {
            body.add("subtype", e.subtype().name());
        }
        return body.build();
    }
}
