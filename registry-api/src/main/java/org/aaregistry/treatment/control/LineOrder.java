package org.aaregistry.treatment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.UUID;
import org.aaregistry.patient.entity.Patient;

/** Questions about the order of a patient's lines. */
@ApplicationScoped
public class LineOrder {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** Whether another (not voided) line of the patient starts before {@code start}. */
    public boolean startsEarlier(Patient patient, LocalDate start, UUID except) {
        return em.createQuery(
                        "select l.id from TreatmentLine l where l.patient = :patient"
                                + " and l.voiding.voided = false and l.startDate < :start",
                        UUID.class)
                .setParameter("patient", patient)
                .setParameter("start", start)
                .getResultStream()
                .anyMatch(line -> !line.equals(except));
    }
}
