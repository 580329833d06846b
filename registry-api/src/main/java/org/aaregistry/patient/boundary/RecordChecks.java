package org.aaregistry.patient.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.aaregistry.patient.control.Chronology;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.problem.control.InputRules;
import org.aaregistry.problem.control.JsonInput;

/**
 * The checks every dated part of a record passes before it is written: its own constraints (ranges, codes,
 * required fields), its place in the patient's course, and no unknown field. Throws 422 listing every problem.
 */
@ApplicationScoped
public class RecordChecks {

    @Inject
    InputRules rules;

    @Inject
    Chronology chronology;

    /** A date of the record and the JSON path it came from, e.g. {@code $.sampleDate}. */
    public record Dated(String path, LocalDate date) {}

    /**
     * @param followsDiagnosis whether the dates may not precede the diagnosis (treatment, transplant, event)
     */
    public <T> T checked(JsonInput json, T values, Patient patient, boolean followsDiagnosis, Dated... dates) {
        rules.check(json, values, "$");
        for (Dated dated : dates) {
            chronology.checkWithin(json, dated.path(), dated.date(), patient, followsDiagnosis);
        }
        json.finish();
        return values;
    }
}
