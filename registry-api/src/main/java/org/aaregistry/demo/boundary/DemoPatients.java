package org.aaregistry.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.aaregistry.audit.control.ChangeContext;
import org.aaregistry.cohort.control.CourseSummaries;
import org.aaregistry.demo.control.DemoCourse;
import org.aaregistry.demo.control.DemoSite;
import org.aaregistry.labs.boundary.BloodCountInput;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.labs.entity.BloodCount;
import org.aaregistry.outcome.boundary.EventInput;
import org.aaregistry.outcome.boundary.RecordedResponseInput;
import org.aaregistry.outcome.control.ResponseDerivation;
import org.aaregistry.outcome.entity.ClinicalEvent;
import org.aaregistry.outcome.entity.RecordedResponse;
import org.aaregistry.outcome.entity.ResponseSource;
import org.aaregistry.patient.boundary.PatientInput;
import org.aaregistry.patient.boundary.Patients;
import org.aaregistry.patient.boundary.RecordChecks;
import org.aaregistry.patient.control.RegistryRules;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.patient.entity.PatientFacts;
import org.aaregistry.problem.boundary.Refusal;
import org.aaregistry.security.control.Caller;
import org.aaregistry.site.boundary.Sites;
import org.aaregistry.site.entity.Site;
import org.aaregistry.transplant.boundary.ChimerismInput;
import org.aaregistry.transplant.boundary.TransplantInput;
import org.aaregistry.transplant.control.EngraftmentDerivation;
import org.aaregistry.transplant.entity.Chimerism;
import org.aaregistry.transplant.entity.Transplant;
import org.aaregistry.treatment.boundary.TreatmentLineInput;
import org.aaregistry.treatment.entity.TreatmentLine;
import org.hibernate.Session;

/**
 * Writes synthetic patients through the registry's own write path: every request body passes the same readers
 * and checks as the API's (a demo patient that broke a rule would be refused, not stored), the change history is
 * written by the same triggers with the demo loader as the actor, and the derived values — line numbers,
 * engraftment, responses under every rule set, the course summary — are computed by the same rules the API's
 * observers of a changed record run, as the import does. Each batch is one transaction.
 */
@ApplicationScoped
public class DemoPatients {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    Patients patients;

    @Inject
    RecordChecks checks;

    @Inject
    RegistryRules rules;

    @Inject
    Sites sites;

    @Inject
    Caller caller;

    @Inject
    ChangeContext changes;

    @Inject
    ResponseDerivation responseDerivation;

    @Inject
    CourseSummaries summaries;

    /** What one batch wrote. */
    record Stored(int created, int alreadyThere, long records) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long patientsInRegistry() {
        return em.createQuery("select count(p) from Patient p", Long.class).getSingleResult();
    }

    /** Creates the demo sites that are missing; a site of that code holding real patients is refused (409). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> ensureSites(List<DemoSite> wanted) {
        changes.bind(em, null);
        List<String> created = new ArrayList<>();
        for (DemoSite site : wanted) {
            Site existing = sites.byCode(site.code()).orElse(null);
            if (existing == null) {
                em.persist(new Site(site.code(), site.name(), site.country(), true, caller.username()));
                created.add(site.code());
            } else if (!existing.demo()) {
                throw Refusal.conflict("Site " + site.code() + " is a real site: demo patients go only to demo sites");
            } else if (!existing.active()) {
                throw Refusal.conflict("Demo site " + site.code() + " is inactive; activate it first");
            }
        }
        em.flush();
        return created;
    }

    /** Stores the courses whose study ids are not taken yet, in this one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored store(List<DemoCourse> courses) {
        // two loads of the same patients wait for each other, so a study id is never written twice; loads of
        // other patients go on side by side (locks taken in study id order: no deadlock)
        List<String> studyIds =
                courses.stream().map(DemoCourse::studyId).sorted().toList();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT count(pg_advisory_xact_lock(hashtext(id))) FROM unnest(?::text[]) AS id")) {
                lock.setArray(1, connection.createArrayOf("text", studyIds.toArray()));
                lock.execute();
            }
        });
        Set<String> taken =
                new HashSet<>(em.createQuery("select p.studyId from Patient p where p.studyId in :ids", String.class)
                        .setParameter("ids", studyIds)
                        .getResultList());
        changes.bind(em, null);
        List<UUID> written = new ArrayList<>();
        long records = 0;
        for (DemoCourse course : courses) {
            if (!taken.contains(course.studyId())) {
                written.add(write(course));
                records += course.records();
            }
        }
        summaries.refresh(written);
        em.clear();
        return new Stored(written.size(), courses.size() - written.size(), records);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refreshStatistics(int written) {
        em.createNativeQuery("SELECT refresh_statistics(?1)")
                .setParameter(1, written)
                .getSingleResult();
    }

    private UUID write(DemoCourse course) {
        String user = caller.username();
        PatientInput input = PatientInput.forCreate(course.patient());
        PatientFacts facts = patients.checked(input.json(), input.facts());
        input.json().finish();
        Patient patient = new Patient(input.studyId(), course.site(), facts, rules.severity(), user);
        em.persist(patient);

        List<BloodCount> counts = new ArrayList<>();
        for (var body : course.bloodCounts()) {
            counts.add(persist(
                    new BloodCount(patient, BloodCountInput.read(body, false).checkedFor(patient, checks), user)));
        }
        List<TreatmentLine> lines = new ArrayList<>();
        for (var body : course.treatmentLines()) {
            TreatmentLine line = new TreatmentLine(
                    patient, TreatmentLineInput.read(body, false).checkedFor(patient, checks), user);
            line.numberAs(lines.size() + 1); // in order of start, as LineNumbering numbers them
            lines.add(persist(line));
        }
        List<Transplant> transplants = new ArrayList<>();
        for (var t : course.transplants()) {
            Transplant transplant = persist(new Transplant(
                    patient, TransplantInput.read(t.transplant(), false).checkedFor(patient, checks), user));
            transplants.add(transplant);
            for (var body : t.chimerism()) {
                persist(new Chimerism(
                        transplant, ChimerismInput.read(body, false).checkedFor(transplant, checks), user));
            }
        }
        for (var body : course.events()) {
            persist(new ClinicalEvent(
                    patient,
                    EventInput.read(body, false)
                            .checkedFor(
                                    patient,
                                    checks,
                                    date -> lines.stream()
                                            .anyMatch(l -> l.startDate().isBefore(date))),
                    user));
        }
        for (var recorded : course.recordedResponses()) {
            TreatmentLine line = lines.get(recorded.line());
            RecordedResponseInput response = RecordedResponseInput.read(Json.createObjectBuilder(recorded.response())
                            .add("treatmentLineId", line.id().toString())
                            .build())
                    .finish();
            persist(new RecordedResponse(
                    line, response.timePoint(), response.category(), ResponseSource.ENTERED, response.note(), user));
        }
        // what the observers of a changed record derive, from the same values, by the same rules
        List<CountSample> samples = counts.stream().map(BloodCount::sample).toList();
        EngraftmentDerivation.derive(transplants, samples);
        List<LocalDate> transplantDates =
                transplants.stream().map(Transplant::transplantDate).toList();
        for (TreatmentLine line : lines) {
            responseDerivation.deriveForNewLine(patient, line, samples, transplantDates);
        }
        return patient.id();
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
