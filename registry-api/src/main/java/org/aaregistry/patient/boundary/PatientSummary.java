package org.aaregistry.patient.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A patient in a list: enough to find and triage, nothing free-text. {@code currentLine} is the latest treatment
 * line; {@code missing} what is still to enter (patient.control.Completeness: SEVERITY_INPUTS, FOLLOW_UP, MONTH_3,
 * MONTH_6, MONTH_12).
 */
public record PatientSummary(
        UUID id,
        String studyId,
        String site,
        String sex,
        int birthYear,
        LocalDate diagnosisDate,
        String cause,
        String severity,
        String firstLineRegimen,
        String vitalStatus,
        LocalDate lastContactDate,
        long version,
        CurrentLine currentLine,
        List<String> missing) {

    /** The latest line: its number and regimen. */
    public record CurrentLine(int number, String regimen) {}
}
