package org.aaregistry.outcome.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.labs.entity.BloodCount;
import org.aaregistry.outcome.entity.DerivedResponse;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.outcome.entity.TimePoint;
import org.aaregistry.patient.control.PatientChanged;
import org.aaregistry.patient.entity.BaselineCounts;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.treatment.entity.TreatmentLine;

/**
 * Derives every line's responses at 3, 6 and 12 months and its best response, under every rule set, whenever
 * anything in the patient's record changes — in the same transaction, after the lines were renumbered — so a
 * corrected count corrects the response at once. Stored rows are updated, never deleted. They are not written to
 * the change history (V6): each is a function of the audited line, counts and transplants under a named rule set.
 */
@ApplicationScoped
public class ResponseDerivation {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    void recompute(@Observes @Priority(Interceptor.Priority.APPLICATION + 20) PatientChanged change) {
        Patient patient = em.find(Patient.class, change.patientId());
        List<TreatmentLine> lines = em.createQuery(
                        "select l from TreatmentLine l where l.patient = :patient"
                                + " and l.voiding.voided = false order by l.lineNumber",
                        TreatmentLine.class)
                .setParameter("patient", patient)
                .getResultList();
        if (lines.isEmpty()) {
            return;
        }
        List<CountSample> counts = em.createQuery(
                        "select c from BloodCount c where c.patient = :patient"
                                + " and c.voiding.voided = false order by c.sampleDate",
                        BloodCount.class)
                .setParameter("patient", patient)
                .getResultStream()
                .map(BloodCount::sample)
                .toList();
        List<LocalDate> transplants = em.createQuery(
                        "select t.transplantDate from Transplant t"
                                + " where t.patient = :patient and t.voiding.voided = false order by t.transplantDate",
                        LocalDate.class)
                .setParameter("patient", patient)
                .getResultList();
        Map<String, DerivedResponse> stored = new HashMap<>();
        em.createQuery("select d from DerivedResponse d where d.patient = :patient", DerivedResponse.class)
                .setParameter("patient", patient)
                .getResultStream()
                .forEach(row -> stored.put(key(row.treatmentLine(), row.timePoint(), row.ruleSet()), row));
        for (TreatmentLine line : lines) {
            derive(patient, line, counts, transplants, stored);
        }
        em.flush();
    }

    /**
     * Derives the responses of a line being created with its patient — a row of an import, where nothing is
     * stored yet and the counts and transplants are those of the row — so that an imported line carries the
     * same derived responses as one entered through the API. The caller persists the patient and line first.
     */
    public void deriveForNewLine(
            Patient patient, TreatmentLine line, List<CountSample> counts, List<LocalDate> transplants) {
        derive(patient, line, counts, transplants, Map.of());
    }

    private void derive(
            Patient patient,
            TreatmentLine line,
            List<CountSample> counts,
            List<LocalDate> transplants,
            Map<String, DerivedResponse> stored) {
        ResponseContext context = context(patient, line, transplants);
        for (ResponseRuleSet ruleSet : ResponseRuleSet.values()) {
            List<ResponseAssessment> assessed = new ArrayList<>();
            for (TimePoint point : TimePoint.values()) {
                ResponseAssessment assessment = ResponseRules.assess(context, counts, point, ruleSet);
                assessed.add(assessment);
                store(stored, line, point.name(), assessment);
            }
            store(stored, line, DerivedResponse.BEST, ResponseRules.best(assessed, ruleSet));
        }
    }

    private void store(Map<String, DerivedResponse> stored, TreatmentLine line, String point, ResponseAssessment a) {
        DerivedResponse row = stored.get(key(line, point, a.ruleSet()));
        if (row == null) {
            em.persist(new DerivedResponse(line, point, a));
        } else {
            row.reassess(a);
        }
    }

    static ResponseContext context(Patient patient, TreatmentLine line, List<LocalDate> transplants) {
        BaselineCounts b = patient.baselineCounts();
        // baseline counts are pre-treatment by definition; an import carries no date for them: at diagnosis
        CountSample baseline = b == null
                ? null
                : new CountSample(
                        b.date() != null ? b.date() : patient.diagnosisDate(),
                        number(b.hemoglobin()),
                        number(b.anc()),
                        number(b.platelets()),
                        number(b.reticulocytes()),
                        false,
                        false,
                        Boolean.TRUE.equals(b.onGcsf()));
        LocalDate transplant = transplants.stream()
                .filter(date -> !date.isBefore(line.startDate()))
                .findFirst()
                .orElse(null);
        return new ResponseContext(
                line.startDate(),
                patient.sex().name(),
                patient.severity().category(),
                baseline,
                b != null && b.transfusionDependent(),
                transplant,
                patient.severity().ruleSet());
    }

    private static String key(TreatmentLine line, String point, ResponseRuleSet ruleSet) {
        return line.id() + "/" + point + "/" + ruleSet;
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
