package org.aaregistry.patient.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ForbiddenException;
import java.util.Set;
import java.util.UUID;
import org.aaregistry.audit.control.AccessRecord;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.problem.boundary.ProblemType;
import org.aaregistry.problem.boundary.Refusal;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.security.control.Caller;

/**
 * Site scope, the registry's first rule: a coordinator reaches only the patients of the site(s) in their token.
 * Another site's patient — and with it every count, line, transplant and event of that patient — is answered
 * exactly like a record that does not exist (404), and the attempt is logged as denied. Investigators read
 * every site. A coordinator whose token names no site reaches nothing (deny by default).
 */
@ApplicationScoped
public class PatientScope {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AccessRecord access;

    /** The patient if the caller may see it; 404 otherwise. */
    public Patient readable(UUID id) {
        requireSiteForCoordinator();
        Patient patient = id == null ? null : em.find(Patient.class, id);
        if (patient == null) {
            throw Refusal.notFound("patient");
        }
        if (!reaches(patient)) {
            access.patient(patient.id(), patient.studyId());
            access.denied("patient of another site");
            throw Refusal.notFound("patient");
        }
        access.patient(patient.id(), patient.studyId());
        return patient;
    }

    /**
     * The patient if the caller may change it: one of their site's patients, not voided — reloaded and locked
     * until the transaction ends. Every write to a patient's record (the patient, a count, a line, a transplant,
     * an event, a response) takes this lock first, so that concurrent writes to one record run one after the
     * other: two new lines cannot both become line 1, two count corrections cannot race to recompute the
     * derived responses, and a date check cannot pass against a course another request is changing.
     */
    public Patient writable(UUID id) {
        requireSiteForCoordinator();
        Patient patient = id == null ? null : em.find(Patient.class, id);
        if (patient == null) {
            throw Refusal.notFound("patient");
        }
        if (!caller.belongsTo(patient.siteCode())) {
            access.patient(patient.id(), patient.studyId());
            access.denied("patient of another site");
            throw Refusal.notFound("patient");
        }
        access.patient(patient.id(), patient.studyId());
        em.refresh(patient, LockModeType.PESSIMISTIC_WRITE);
        if (patient.voided()) {
            throw new Refusal(ProblemType.CONFLICT, "This patient was voided; a voided record is not changed");
        }
        return patient;
    }

    /** Whether the caller may see this patient at all: an investigator, or a coordinator of its site. */
    public boolean reaches(Patient patient) {
        return caller.hasRole(Roles.INVESTIGATOR) || caller.belongsTo(patient.siteCode());
    }

    /** The sites whose patients the caller lists: theirs for a coordinator, all (null) for an investigator. */
    public Set<String> listableSites() {
        if (caller.hasRole(Roles.INVESTIGATOR)) {
            return null;
        }
        requireSiteForCoordinator();
        return caller.sites();
    }

    /** Whether the caller sees free-text fields, which could identify a patient: not investigators. */
    public boolean seesFreeText() {
        return caller.hasRole(Roles.COORDINATOR) && !caller.hasRole(Roles.INVESTIGATOR);
    }

    private void requireSiteForCoordinator() {
        if (caller.hasRole(Roles.COORDINATOR)
                && !caller.hasRole(Roles.INVESTIGATOR)
                && caller.sites().isEmpty()) {
            throw new ForbiddenException("a coordinator without a site reaches no patient");
        }
    }
}
