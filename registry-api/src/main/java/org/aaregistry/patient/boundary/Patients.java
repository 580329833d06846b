package org.aaregistry.patient.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.UUID;
import org.aaregistry.audit.control.AccessRecord;
import org.aaregistry.audit.control.ChangeContext;
import org.aaregistry.patient.control.Chronology;
import org.aaregistry.patient.control.PatientChanged;
import org.aaregistry.patient.control.PatientRules;
import org.aaregistry.patient.control.PatientScope;
import org.aaregistry.patient.control.RegistryRules;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.patient.entity.PatientFacts;
import org.aaregistry.problem.boundary.Refusal;
import org.aaregistry.problem.control.InputRules;
import org.aaregistry.problem.control.JsonInput;
import org.aaregistry.security.control.Caller;
import org.aaregistry.site.boundary.Sites;
import org.aaregistry.site.entity.Site;
import org.aaregistry.versioning.boundary.Versions;

/**
 * Enrolling, revising and voiding patients. Each write checks everything first (and answers 422 listing every
 * problem, with nothing stored), then tells the change history who acts and why, then writes.
 */
@ApplicationScoped
@Transactional
public class Patients {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    PatientScope scope;

    @Inject
    ChangeContext changes;

    @Inject
    Caller caller;

    @Inject
    RegistryRules rules;

    @Inject
    InputRules inputRules;

    @Inject
    Chronology chronology;

    @Inject
    Sites sites;

    @Inject
    Event<PatientChanged> changed;

    @Inject
    AccessRecord access;

    public Patient enrol(PatientInput input) {
        scope.listableSites(); // a coordinator without a site may not enrol (403)
        JsonInput json = input.json();
        String site = enrollingSite(json, input.site());
        PatientFacts facts = checked(json, input.facts());
        json.finish();
        if (em.unwrap(org.hibernate.Session.class)
                .bySimpleNaturalId(Patient.class)
                .loadOptional(input.studyId())
                .isPresent()) {
            throw Refusal.conflict("Study id " + input.studyId() + " is taken; study ids are never reused");
        }
        changes.bind(em, null);
        Patient patient = new Patient(input.studyId(), site, facts, rules.severity(), caller.username());
        em.persist(patient);
        em.flush();
        changed.fire(new PatientChanged(patient.id()));
        access.patient(patient.id(), patient.studyId());
        access.resource(patient.id());
        return patient;
    }

    public Patient revise(UUID id, long expectedVersion, PatientInput input) {
        Patient patient = scope.writable(id);
        JsonInput json = input.json();
        if (input.site() != null && !input.site().equals(patient.siteCode())) {
            json.invalid("site", "cannot be changed: a patient stays at the site that enrolled them");
        }
        PatientFacts facts = checked(json, input.facts());
        if (facts.followUp() != null) {
            chronology.checkRevision(
                    json,
                    patient,
                    facts.diagnosisDate(),
                    facts.followUp().deathDate() != null
                            ? facts.followUp().deathDate()
                            : facts.followUp().lastContactDate());
        }
        json.finish();
        Versions.requireCurrent(expectedVersion, patient.version());
        changes.bind(em, input.reason());
        patient.revise(facts, rules.severity(), caller.username());
        em.flush();
        changed.fire(new PatientChanged(patient.id()));
        return patient;
    }

    public Patient voidPatient(UUID id, long expectedVersion, String reason) {
        Patient patient = scope.writable(id);
        Versions.requireCurrent(expectedVersion, patient.version());
        changes.bind(em, reason);
        patient.voidFor(reason, caller.username());
        em.flush();
        changed.fire(new PatientChanged(patient.id()));
        return patient;
    }

    /** The facts after every rule of one patient record, problems collected in {@code json}. */
    public PatientFacts checked(JsonInput json, PatientFacts facts) {
        PatientFacts ordered = PatientRules.check(json, facts);
        inputRules.check(json, ordered, "$");
        return ordered;
    }

    /** The site comes from the coordinator's token; a coordinator of several sites names one of theirs. */
    private String enrollingSite(JsonInput json, String requested) {
        Set<String> own = caller.sites();
        String site =
                requested != null ? requested : own.size() == 1 ? own.iterator().next() : null;
        if (site == null) {
            json.invalid("site", "is required: you belong to several sites " + own);
            return null;
        }
        if (!own.contains(site)) {
            json.invalid("site", "is not one of your sites " + own);
            return null;
        }
        if (sites.byCode(site).filter(Site::active).isEmpty()) {
            json.invalid("site", "is not an active site of the registry; ask your registry admin");
        }
        return site;
    }
}
