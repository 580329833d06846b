package org.aaregistry.demo.control;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One synthetic patient's whole course, as the request bodies a coordinator's client would send to the API, in
 * the order it would send them: the patient, then the parts of the record. The loader passes every body through
 * the same readers and checks as the API, so a demo patient is stored exactly as an entered one.
 *
 * @param studyId e.g. {@code DEMO1-0000042}: unmistakably synthetic
 * @param site the site code
 * @param patient the body of {@code POST /patients}
 * @param bloodCounts bodies of {@code POST /patients/{id}/blood-counts}, oldest first
 * @param treatmentLines bodies of {@code POST /patients/{id}/treatment-lines}, in order of start
 * @param transplants each transplant with its chimerism results
 * @param events bodies of {@code POST /patients/{id}/events}
 * @param recordedResponses responses a coordinator recorded, by the index of their line in {@code treatmentLines}
 */
public record DemoCourse(
        String studyId,
        String site,
        JsonObject patient,
        List<JsonObject> bloodCounts,
        List<JsonObject> treatmentLines,
        List<Transplant> transplants,
        List<JsonObject> events,
        List<RecordedResponse> recordedResponses) {

    /** A transplant's body and its chimerism results' bodies. */
    public record Transplant(JsonObject transplant, List<JsonObject> chimerism) {}

    /** A recorded response: the line's index and the body without {@code treatmentLineId}. */
    public record RecordedResponse(int line, JsonObject response) {}

    /** How many rows of the record this course writes (patient, counts, lines, transplants, chimerism, ...). */
    public int records() {
        return 1
                + bloodCounts.size()
                + treatmentLines.size()
                + events.size()
                + recordedResponses.size()
                + transplants.stream().mapToInt(t -> 1 + t.chimerism().size()).sum();
    }
}
