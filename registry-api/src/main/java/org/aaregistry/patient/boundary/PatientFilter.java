package org.aaregistry.patient.boundary;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * Filters of the patient list, with the query parameter names reports use for cohorts. A repeated parameter
 * means any of its values; dates are inclusive ISO dates.
 */
public class PatientFilter {

    @QueryParam("site")
    List<String> sites;

    @QueryParam("severity")
    List<String> severities;

    @QueryParam("cause")
    List<String> causes;

    @QueryParam("firstLineRegimen")
    List<String> firstLineRegimens;

    @QueryParam("vitalStatus")
    List<String> vitalStatuses;

    // ISO dates as text: JAX-RS converts no java.time type by itself (it finds no valueOf or fromString on
    // LocalDate and passes null, so a date filter would silently match everything); PatientList parses them
    @QueryParam("diagnosisFrom")
    String diagnosisFrom;

    @QueryParam("diagnosisTo")
    String diagnosisTo;

    @QueryParam("studyId")
    String studyId;

    /** Part of a study id, any case: what a coordinator types to find a patient. */
    @QueryParam("studyIdContains")
    String studyIdContains;

    @QueryParam("includeVoided")
    boolean includeVoided;

    /** Only patients with something to complete (patient.control.Completeness). */
    @QueryParam("incomplete")
    boolean incomplete;

    @QueryParam("page")
    Integer page;

    @QueryParam("size")
    Integer size;

    @QueryParam("sort")
    String sort;
}
