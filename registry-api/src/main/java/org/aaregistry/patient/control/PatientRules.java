package org.aaregistry.patient.control;

import java.time.LocalDate;
import org.aaregistry.patient.entity.FollowUp;
import org.aaregistry.patient.entity.PatientFacts;
import org.aaregistry.patient.entity.VitalStatus;
import org.aaregistry.problem.control.JsonInput;

/**
 * Rules across the fields of one patient record, from the data dictionary: birth year ≤ diagnosis ≤ last
 * contact; a dead patient has a date of death, which is the last contact; nothing of the diagnostic work-up
 * after the last contact. Each broken rule is reported under the JSON path of the field to correct.
 */
public final class PatientRules {

    private PatientRules() {}

    /** Checks the facts; returns them with the last contact of a dead patient set to the date of death. */
    public static PatientFacts check(JsonInput json, PatientFacts facts) {
        LocalDate diagnosis = facts.diagnosisDate();
        if (diagnosis != null && facts.birthYear() != null && diagnosis.getYear() < facts.birthYear()) {
            json.violation("$.diagnosisDate", "is before the birth year " + facts.birthYear());
        }
        FollowUp followUp = facts.followUp();
        if (followUp == null || followUp.vitalStatus() == null) {
            return facts;
        }
        followUp = checkFollowUp(json, followUp, diagnosis);
        LocalDate lastKnown = followUp.deathDate() != null ? followUp.deathDate() : followUp.lastContactDate();
        notAfter(
                json,
                "$.marrow.biopsyDate",
                facts.marrow() == null ? null : facts.marrow().biopsyDate(),
                lastKnown);
        notAfter(
                json,
                "$.baselineCounts.date",
                facts.baselineCounts() == null ? null : facts.baselineCounts().date(),
                lastKnown);
        notAfter(
                json,
                "$.pnhClone.date",
                facts.pnhClone() == null ? null : facts.pnhClone().date(),
                lastKnown);
        return new PatientFacts(
                facts.sex(),
                facts.birthYear(),
                facts.diagnosisDate(),
                facts.cause(),
                facts.causeDetail(),
                facts.inheritedScreen(),
                facts.pnhClone(),
                facts.cytogenetics(),
                facts.marrow(),
                facts.baselineCounts(),
                followUp);
    }

    private static FollowUp checkFollowUp(JsonInput json, FollowUp followUp, LocalDate diagnosis) {
        boolean dead = followUp.vitalStatus() == VitalStatus.DEAD;
        LocalDate lastContact = followUp.lastContactDate();
        if (dead && followUp.deathDate() == null) {
            json.violation("$.followUp.deathDate", "is required when the patient is dead");
        }
        if (!dead && followUp.deathDate() != null) {
            json.violation("$.followUp.deathDate", "must be empty unless vitalStatus is DEAD");
        }
        if (!dead && followUp.causeOfDeath() != null) {
            json.violation("$.followUp.causeOfDeath", "must be empty unless vitalStatus is DEAD");
        }
        if (dead && followUp.deathDate() != null) {
            if (lastContact != null && !lastContact.equals(followUp.deathDate())) {
                json.violation("$.followUp.lastContactDate", "must be the date of death for a dead patient");
            }
            lastContact = followUp.deathDate();
        }
        notBefore(json, "$.followUp.lastContactDate", lastContact, diagnosis);
        notBefore(json, "$.followUp.deathDate", followUp.deathDate(), diagnosis);
        return new FollowUp(followUp.vitalStatus(), lastContact, followUp.deathDate(), followUp.causeOfDeath());
    }

    private static void notBefore(JsonInput json, String path, LocalDate date, LocalDate diagnosis) {
        if (date != null && diagnosis != null && date.isBefore(diagnosis)) {
            json.violation(path, "is before the diagnosis (" + diagnosis + ")");
        }
    }

    private static void notAfter(JsonInput json, String path, LocalDate date, LocalDate lastKnown) {
        if (date != null && lastKnown != null && date.isAfter(lastKnown)) {
            json.violation(path, "is after the last contact or death (" + lastKnown + ")");
        }
    }
}
