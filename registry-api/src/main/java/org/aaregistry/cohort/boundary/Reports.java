package org.aaregistry.cohort.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.aaregistry.audit.control.AccessRecord;
import org.aaregistry.cohort.control.Cohort;
import org.aaregistry.cohort.control.CohortExtraction;
import org.aaregistry.cohort.control.CohortReports;
import org.aaregistry.cohort.control.CohortReports.Analysis;
import org.aaregistry.cohort.entity.EfsEvent;
import org.aaregistry.cohort.entity.Endpoint;
import org.aaregistry.cohort.entity.GroupBy;
import org.aaregistry.cohort.entity.Origin;
import org.aaregistry.patient.control.PatientScope;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.problem.boundary.ProblemType;
import org.aaregistry.problem.boundary.Refusal;
import org.aaregistry.reports.report.Provenance;
import org.aaregistry.reports.report.Report;
import org.aaregistry.reports.report.TransplantReports;
import org.aaregistry.security.control.Caller;

/**
 * Runs a report: checks the request, extracts the cohort in the caller's scope (a coordinator: their own sites),
 * and computes the report with the statistics of {@code reports}.
 */
@ApplicationScoped
public class Reports {

    @Inject
    CohortExtraction extraction;

    @Inject
    PatientScope scope;

    @Inject
    Caller caller;

    @Inject
    AccessRecord access;

    public Report survival(ReportParameters parameters) {
        ReportRequest r = request(parameters, null);
        List<String> events = r.endpoint() == Endpoint.EFS
                ? r.efsEvents().stream().map(EfsEvent::definition).toList()
                : List.of();
        return CohortReports.survival(
                extract(r, CohortReports.survivalReads(r.endpoint(), r.groupBy())),
                analysis(r, r.endpoint(), events, null));
    }

    public Report incidence(ReportParameters parameters) {
        ReportRequest r = request(parameters, Origin.DIAGNOSIS);
        List<String> events = List.of(
                "event: " + r.event().name().toLowerCase().replace('_', ' '),
                "competing: " + String.join(", ", r.event().competing()));
        Analysis analysis = analysis(
                r,
                null,
                events,
                r.event().name().equals("RESPONSE") ? r.cohort().criteria().responseRuleSet() : null);
        return CohortReports.incidence(
                extract(r, CohortReports.incidenceReads(r.event(), r.groupBy())), r.event(), analysis);
    }

    public Report response(ReportParameters parameters) {
        ReportRequest r = request(parameters, Origin.FIRST_LINE_START);
        Cohort cohort = extract(r, CohortReports.responseReads(r.groupBy()));
        String ruleSet = r.cohort().criteria().responseRuleSet();
        return CohortReports.response(
                cohort, r.groupBy(), ruleSet, r.cohort().filters(), provenance(r, null, null, List.of(), ruleSet));
    }

    public Report cohortSummary(ReportParameters parameters) {
        ReportRequest r = request(parameters, Origin.DIAGNOSIS);
        return CohortReports.summary(
                extract(r, CohortReports.summaryReads()),
                r.groupBy(),
                r.cohort().filters(),
                provenance(r, null, null, List.of(), null));
    }

    public Report transplant(ReportParameters parameters) {
        ReportRequest r = request(parameters, Origin.TRANSPLANT);
        if (r.groupBy() != null
                && !TransplantReports.GROUPINGS.contains(r.groupBy().name())) {
            throw InvalidRequest.of("$.groupBy", "a transplant report is grouped by " + TransplantReports.GROUPINGS);
        }
        GroupBy by = r.groupBy() == null ? GroupBy.DONOR_TYPE : r.groupBy();
        Provenance provenance = provenance(
                r,
                "overall survival (" + Endpoint.OS.definition() + ") and GRFS (" + Endpoint.GRFS.definition() + ")",
                Origin.TRANSPLANT,
                List.of(),
                null);
        return CohortReports.transplant(
                extract(r, CohortReports.transplantReads()),
                by,
                new Analysis(
                        Endpoint.OS,
                        Origin.TRANSPLANT,
                        by,
                        r.ci(),
                        r.landmarks(),
                        r.atRiskTimes(),
                        r.efsEvents(),
                        r.cohort().filters(),
                        provenance));
    }

    /**
     * A coordinator reports on their own sites' patients only: asking for another site is refused (403, logged as
     * denied) rather than answered with an empty cohort that could pass for a real one.
     */
    private ReportRequest request(ReportParameters parameters, Origin defaultOrigin) {
        Set<String> sites = scope.listableSites();
        if (sites != null && parameters.site != null) {
            List<String> foreign = parameters.site.stream()
                    .filter(site -> !sites.contains(site))
                    .toList();
            if (!foreign.isEmpty()) {
                access.denied("report on another site's cohort " + foreign);
                throw new Refusal(ProblemType.FORBIDDEN, "A coordinator reports on their own sites only " + sites);
            }
        }
        return ReportRequest.of(parameters, sites, defaultOrigin);
    }

    private Cohort extract(ReportRequest r, Set<Cohort.Part> parts) {
        return extraction.extract(r.cohort().criteria(), parts);
    }

    private Analysis analysis(ReportRequest r, Endpoint endpoint, List<String> events, String ruleSet) {
        String definition = endpoint == null ? null : endpoint.name() + ": " + endpoint.definition();
        return new Analysis(
                r.endpoint(),
                r.origin(),
                r.groupBy(),
                r.ci(),
                r.landmarks(),
                r.atRiskTimes(),
                r.efsEvents(),
                r.cohort().filters(),
                provenance(r, definition, r.origin(), events, ruleSet));
    }

    private Provenance provenance(
            ReportRequest r, String endpoint, Origin origin, List<String> events, String ruleSet) {
        return new Provenance(
                caller.username(),
                Instant.now(),
                r.cohort().criteria().cutOff(),
                r.cohort().describe(),
                endpoint,
                origin == null ? null : origin.definition(),
                events,
                ruleSet);
    }
}
