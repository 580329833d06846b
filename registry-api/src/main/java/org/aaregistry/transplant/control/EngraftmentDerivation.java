package org.aaregistry.transplant.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.labs.entity.BloodCount;
import org.aaregistry.patient.control.PatientChanged;
import org.aaregistry.transplant.entity.Transplant;

/**
 * Keeps each transplant's derived engraftment dates in step with the patient's counts: recomputed in the same
 * transaction as any change to the patient's record.
 */
@ApplicationScoped
public class EngraftmentDerivation {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    void recompute(@Observes @Priority(Interceptor.Priority.APPLICATION + 10) PatientChanged change) {
        List<Transplant> transplants = em.createQuery(
                        "select t from Transplant t where t.patient.id = :patient"
                                + " and t.voiding.voided = false order by t.transplantDate",
                        Transplant.class)
                .setParameter("patient", change.patientId())
                .getResultList();
        if (transplants.isEmpty()) {
            return;
        }
        List<CountSample> counts = em.createQuery(
                        "select c from BloodCount c where c.patient.id = :patient"
                                + " and c.voiding.voided = false order by c.sampleDate",
                        BloodCount.class)
                .setParameter("patient", change.patientId())
                .getResultStream()
                .map(BloodCount::sample)
                .toList();
        if (derive(transplants, counts)) {
            em.flush();
        }
    }

    /**
     * Sets each transplant's derived engraftment dates from the counts; returns whether any changed. A second
     * transplant starts a new course: its counts say nothing of the first graft.
     *
     * @param transplants a patient's transplants in order of date
     * @param counts the patient's counts in order of date
     */
    public static boolean derive(List<Transplant> transplants, List<CountSample> counts) {
        boolean changed = false;
        for (int i = 0; i < transplants.size(); i++) {
            Transplant transplant = transplants.get(i);
            var next = i + 1 < transplants.size() ? transplants.get(i + 1).transplantDate() : null;
            List<CountSample> course = next == null
                    ? counts
                    : counts.stream()
                            .filter(count -> count.date().isBefore(next))
                            .toList();
            changed |= transplant.engraftedFromCounts(
                    Engraftment.neutrophil(transplant.transplantDate(), course).orElse(null),
                    Engraftment.platelet(transplant.transplantDate(), course).orElse(null));
        }
        return changed;
    }
}
