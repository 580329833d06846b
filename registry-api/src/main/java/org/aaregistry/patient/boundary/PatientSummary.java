package org.aaregistry.patient.boundary;

import java.time.LocalDate;
import java.util.UUID;

/** A patient in a list: enough to find and triage, nothing free-text. */
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
        long version) {}
