package org.aaregistry.imports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aaregistry.audit.control.ChangeContext;
import org.aaregistry.cohort.control.CourseSummaries;
import org.aaregistry.imports.control.CsvTable;
import org.aaregistry.imports.control.ImportRow;
import org.aaregistry.imports.control.RowProblems;
import org.aaregistry.outcome.boundary.EventInput;
import org.aaregistry.outcome.control.ResponseDerivation;
import org.aaregistry.outcome.entity.ClinicalEvent;
import org.aaregistry.outcome.entity.RecordedResponse;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.ResponseSource;
import org.aaregistry.outcome.entity.TimePoint;
import org.aaregistry.patient.boundary.PatientInput;
import org.aaregistry.patient.boundary.Patients;
import org.aaregistry.patient.boundary.RecordChecks;
import org.aaregistry.patient.control.PatientScope;
import org.aaregistry.patient.control.RegistryRules;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.patient.entity.PatientFacts;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.security.control.Caller;
import org.aaregistry.site.boundary.Sites;
import org.aaregistry.site.entity.Site;
import org.aaregistry.transplant.boundary.TransplantInput;
import org.aaregistry.transplant.entity.Graft;
import org.aaregistry.transplant.entity.Transplant;
import org.aaregistry.treatment.boundary.TreatmentLineInput;
import org.aaregistry.treatment.entity.TreatmentLine;

/**
 * Checks every row of an import file with the API's rules, then — unless it is a dry run or any row is
 * invalid — writes all of it in this one transaction. A file with a row of another site is refused whole.
 */
@ApplicationScoped
@Transactional
public class Importer {

    private static final int FLUSH_EVERY = 250;
    private static final Map<String, TimePoint> RESPONSE_COLUMNS = Map.of(
            "response_3m", TimePoint.MONTH_3, "response_6m", TimePoint.MONTH_6, "response_12m", TimePoint.MONTH_12);

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    PatientScope scope;

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

    /** One row, checked: the patient and the parts of their record it names. */
    private record Checked(
            Patient patient,
            Optional<TreatmentLine> line,
            List<RecordedResponse> responses,
            List<ClinicalEvent> events,
            Optional<Transplant> transplant) {}

    public ImportReport run(String csv, boolean dryRun) {
        scope.listableSites(); // a coordinator without a site imports nothing (403)
        CsvTable table = CsvTable.parse(csv);
        RowProblems problems = new RowProblems();
        List<Checked> rows = new ArrayList<>(table.records().size());
        Set<String> studyIds = new HashSet<>();
        int rowNumber = 1;
        for (var record : table.records()) {
            rowNumber++;
            String misshapen = table.cellCountProblem(record);
            if (misshapen != null) {
                problems.add(rowNumber, "(row)", misshapen);
                continue;
            }
            ImportRow row = new ImportRow(rowNumber, record);
            if (!studyIds.add(row.value("study_id"))) {
                problems.add(rowNumber, "study_id", "appears in an earlier row of this file");
            }
            Checked checked = check(row, problems);
            if (checked != null) {
                rows.add(checked);
            }
        }
        existingStudyIds(studyIds, table, problems);
        if (!problems.none()) {
            if (dryRun) {
                return new ImportReport(true, table.records().size(), false, 0, problems.list());
            }
            throw new InvalidRequest(problems.list());
        }
        if (dryRun) {
            return new ImportReport(true, table.records().size(), true, 0, List.of());
        }
        store(rows);
        return new ImportReport(false, table.records().size(), true, rows.size(), List.of());
    }

    private Checked check(ImportRow row, RowProblems problems) {
        int n = row.row();
        String site = row.value("site_code");
        if (!caller.sites().contains(site)) {
            problems.add(n, "site_code", "is not one of your sites " + caller.sites() + "; the file is refused whole");
            return null;
        }
        if (sites.byCode(site).filter(Site::active).isEmpty()) {
            problems.add(n, "site_code", "is not an active site of the registry");
            return null;
        }
        PatientInput input = PatientInput.forCreate(row.patient());
        PatientFacts facts = problems.check(n, ImportRow.PATIENT_COLUMNS, () -> {
            PatientFacts checked = patients.checked(input.json(), input.facts());
            input.json().finish();
            return checked;
        });
        if (facts == null) {
            // the patient is invalid, so the dates of the rest cannot be placed; still report what can be checked
            responses(row, null, problems, row.firstLine().isPresent());
            return null;
        }
        Patient patient = new Patient(input.studyId(), site, facts, rules.severity(), caller.username());
        Optional<TreatmentLine> line = row.firstLine()
                .map(json -> problems.check(
                        n,
                        ImportRow.LINE_COLUMNS,
                        () -> new TreatmentLine(
                                patient,
                                TreatmentLineInput.read(json, false).checkedFor(patient, checks),
                                caller.username())));
        List<RecordedResponse> responses = responses(row, line.orElse(null), problems, line.isPresent());
        LocalDate lineStart = line.map(TreatmentLine::startDate).orElse(null);
        List<ClinicalEvent> events = new ArrayList<>();
        event(row, "RELAPSE", "relapse_date", null, patient, lineStart, problems)
                .ifPresent(events::add);
        event(row, "CLONAL_EVOLUTION", "clonal_evolution_date", "clonal_evolution_type", patient, lineStart, problems)
                .ifPresent(events::add);
        Optional<Transplant> transplant = row.transplant()
                .map(json -> problems.check(n, ImportRow.TRANSPLANT_COLUMNS, () -> {
                    Graft graft = TransplantInput.read(json, false).checkedFor(patient, checks);
                    return new Transplant(patient, graft, caller.username());
                }));
        return new Checked(patient, line, responses, events, transplant);
    }

    /**
     * @param lineNamed whether the row names a first line (which may itself be invalid)
     */
    private List<RecordedResponse> responses(
            ImportRow row, TreatmentLine line, RowProblems problems, boolean lineNamed) {
        List<RecordedResponse> responses = new ArrayList<>();
        RESPONSE_COLUMNS.forEach((column, point) -> {
            if (row.blank(column)) {
                return;
            }
            String value = row.value(column);
            if (!Set.of("CR", "PR", "NR").contains(value)) {
                problems.add(row.row(), column, "must be CR, PR or NR");
            } else if (!lineNamed) {
                problems.add(row.row(), column, "needs first_line_regimen and first_line_start");
            } else if (line != null) {
                responses.add(new RecordedResponse(
                        line,
                        point,
                        ResponseCategory.valueOf(value),
                        ResponseSource.IMPORTED,
                        "imported",
                        caller.username()));
            }
        });
        return responses;
    }

    private Optional<ClinicalEvent> event(
            ImportRow row,
            String type,
            String dateColumn,
            String subtypeColumn,
            Patient patient,
            LocalDate lineStart,
            RowProblems problems) {
        Optional<JsonObject> json = row.event(type, dateColumn, subtypeColumn);
        Map<String, String> columns = subtypeColumn == null
                ? Map.of("$.eventDate", dateColumn, "$.eventType", dateColumn)
                : Map.of("$.eventDate", dateColumn, "$.subtype", subtypeColumn, "$.eventType", dateColumn);
        return json.map(body -> problems.check(
                row.row(),
                columns,
                () -> new ClinicalEvent(
                        patient,
                        EventInput.read(body, false)
                                .checkedFor(patient, checks, date -> lineStart != null && lineStart.isBefore(date)),
                        caller.username())));
    }

    private void existingStudyIds(Set<String> studyIds, CsvTable table, RowProblems problems) {
        if (studyIds.isEmpty()) {
            return;
        }
        Set<String> taken =
                new HashSet<>(em.createQuery("select p.studyId from Patient p where p.studyId in :ids", String.class)
                        .setParameter("ids", studyIds)
                        .getResultList());
        int rowNumber = 1;
        for (var record : table.records()) {
            rowNumber++;
            String studyId = new ImportRow(rowNumber, record).value("study_id");
            if (taken.contains(studyId)) {
                problems.add(rowNumber, "study_id", "is taken by a patient already in the registry");
            }
        }
    }

    private void store(List<Checked> rows) {
        changes.bind(em, null);
        int written = 0;
        for (Checked row : rows) {
            em.persist(row.patient());
            row.line().ifPresent(em::persist);
            row.responses().forEach(em::persist);
            row.events().forEach(em::persist);
            row.transplant().ifPresent(em::persist);
            // what the API derives after any write; an import row has no follow-up counts, so only a
            // transplant before a time point (or none) decides the derived responses
            row.line()
                    .ifPresent(line -> responseDerivation.deriveForNewLine(
                            row.patient(),
                            line,
                            List.of(),
                            row.transplant().map(Transplant::transplantDate).stream()
                                    .toList()));
            if (++written % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        summaries.refresh(rows.stream().map(row -> row.patient().id()).toList());
        em.createNativeQuery("SELECT refresh_statistics(?1)")
                .setParameter(1, rows.size())
                .getSingleResult();
    }
}
