package org.aaregistry.patient.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.aaregistry.audit.control.AccessRecord;
import org.aaregistry.audit.control.ChangeContext;
import org.aaregistry.patient.control.PatientChanged;
import org.aaregistry.patient.control.PatientScope;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.patient.entity.PatientRecord;
import org.aaregistry.problem.boundary.ProblemType;
import org.aaregistry.problem.boundary.Refusal;
import org.aaregistry.versioning.boundary.Versions;

/**
 * The life of every part of a patient's record (counts, treatment lines, transplants, chimerism, responses,
 * events), in one place so that every kind obeys the same rules: reached only through a patient in the
 * caller's scope, checked completely before anything is written, written after the change history learns who
 * and why, versioned, voided rather than deleted, and followed by the recomputation of derived values.
 */
@ApplicationScoped
@Transactional
public class PatientRecords {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    PatientScope scope;

    @Inject
    ChangeContext changes;

    @Inject
    AccessRecord access;

    @Inject
    Event<PatientChanged> changed;

    /** A patient's records of one kind, oldest first by {@code orderBy} (a property of the record). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <R extends PatientRecord> List<R> list(
            UUID patientId, Class<R> kind, String orderBy, boolean includeVoided) {
        Patient patient = scope.readable(patientId);
        return em.createQuery(
                        "select r from " + kind.getSimpleName() + " r where r.patient = :patient"
                                + (includeVoided ? "" : " and r.voiding.voided = false")
                                + " order by r." + orderBy + ", r.id",
                        kind)
                .setParameter("patient", patient)
                .getResultList();
    }

    /** One record of a patient in scope; 404 when it is not that patient's, exactly as when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <R extends PatientRecord> R read(UUID patientId, Class<R> kind, UUID id) {
        return owned(scope.readable(patientId), kind, id);
    }

    /**
     * Adds a record.
     *
     * @param creation checks the request against the patient (throwing 422 with every problem) and returns the
     *     new record, not yet stored
     */
    public <R extends PatientRecord> R add(UUID patientId, Function<Patient, R> creation) {
        Patient patient = scope.writable(patientId);
        R record = creation.apply(patient);
        changes.bind(em, null);
        em.persist(record);
        em.flush();
        access.resource(record.id());
        changed.fire(new PatientChanged(patient.id()));
        return record;
    }

    /**
     * Changes a record the client read at {@code expectedVersion}.
     *
     * @param revision checks the request against the patient and the record (throwing 422 with every problem)
     *     and returns the change to make, which runs only after the change history knows who and why
     */
    public <R extends PatientRecord> R change(
            UUID patientId,
            Class<R> kind,
            UUID id,
            long expectedVersion,
            String reason,
            BiFunction<Patient, R, Runnable> revision) {
        Patient patient = scope.writable(patientId);
        R record = changeable(patient, kind, id, expectedVersion);
        Runnable change = revision.apply(patient, record);
        changes.bind(em, reason);
        change.run();
        em.flush();
        changed.fire(new PatientChanged(patient.id()));
        return record;
    }

    /** Voids a record (never deletes it); the reason is kept with it and in the change history. */
    public <R extends PatientRecord> R voidRecord(
            UUID patientId, Class<R> kind, UUID id, long expectedVersion, String reason, String voidedBy) {
        Patient patient = scope.writable(patientId);
        R record = changeable(patient, kind, id, expectedVersion);
        changes.bind(em, reason);
        record.voidFor(reason, voidedBy);
        em.flush();
        changed.fire(new PatientChanged(patient.id()));
        return record;
    }

    private <R extends PatientRecord> R changeable(Patient patient, Class<R> kind, UUID id, long expectedVersion) {
        R record = owned(patient, kind, id);
        if (record.voided()) {
            throw new Refusal(ProblemType.CONFLICT, "This record was voided; a voided record is not changed");
        }
        Versions.requireCurrent(expectedVersion, record.version());
        return record;
    }

    private <R extends PatientRecord> R owned(Patient patient, Class<R> kind, UUID id) {
        R record = id == null ? null : em.find(kind, id);
        if (record == null || !record.patient().id().equals(patient.id())) {
            if (record != null && !scope.reaches(record.patient())) {
                // one's own patient's path with another site's record id: the same 404, but an attempt
                access.denied("record of another site's patient");
            }
            throw Refusal.notFound("record");
        }
        access.resource(id);
        return record;
    }
}
