package org.aaregistry.treatment.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.aaregistry.patient.control.PatientChanged;
import org.aaregistry.treatment.entity.TreatmentLine;

/**
 * Numbers a patient's treatment lines in order of their start (ties by creation), before anything derived
 * from the lines is recomputed; voided lines keep their last number and are skipped.
 */
@ApplicationScoped
public class LineNumbering {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    void renumber(@Observes @Priority(Interceptor.Priority.APPLICATION) PatientChanged change) {
        List<TreatmentLine> lines = em.createQuery(
                        "select l from TreatmentLine l where l.patient.id = :patient"
                                + " and l.voiding.voided = false order by l.startDate, l.stamp.createdAt, l.id",
                        TreatmentLine.class)
                .setParameter("patient", change.patientId())
                .getResultList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).lineNumber() != i + 1) {
                lines.get(i).numberAs(i + 1);
            }
        }
        em.flush();
    }
}
