package org.aaregistry.cohort.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.aaregistry.patient.control.PatientChanged;
import org.hibernate.Session;

/**
 * Keeps the course summary (V8, the one row per patient the reports read) in step with the record: refreshed in
 * the same transaction as any change to a patient's record — after the lines were renumbered and the responses
 * and engraftment derived, so it summarises what the request leaves behind — and after an import, for all its
 * patients at once. The database computes it from the record (view {@code course_of_patient}); the application
 * role can only ask for the refresh.
 */
@ApplicationScoped
public class CourseSummaries {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    void refresh(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) PatientChanged change) {
        refresh(List.of(change.patientId()));
    }

    /** Recomputes the summaries of these patients from what this transaction has written so far. */
    public void refresh(Collection<UUID> patients) {
        if (patients.isEmpty()) {
            return;
        }
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            Array ids = connection.createArrayOf("uuid", patients.toArray());
            try (PreparedStatement refresh = connection.prepareStatement("SELECT refresh_course_summary(?)")) {
                refresh.setArray(1, ids);
                refresh.execute();
            } finally {
                ids.free();
            }
        });
    }
}
