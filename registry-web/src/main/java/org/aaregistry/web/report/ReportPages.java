package org.aaregistry.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.Query;
import org.aaregistry.web.api.RegistryClient;
import org.aaregistry.web.page.ApiRefusal;
import org.aaregistry.web.page.View;

/**
 * The investigator's cohorts and reports: a cohort builder with every filter of the reports API and the live
 * number of matching patients, and one page per report — survival, cumulative incidence, response, cohort summary,
 * transplant outcomes — drawing the API's JSON on screen, with the same report as PDF (JasperReports, from the API)
 * and its data as CSV one click away, and the report's provenance beside it.
 */
@RequestScoped
@Path("reports")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    /** The cohort's filters, named as the reports API names them. */
    static final List<String> COHORT = List.of(
            "site",
            "cause",
            "severity",
            "firstLineRegimen",
            "donorType",
            "transplanted",
            "diagnosisFrom",
            "diagnosisTo",
            "ageFrom",
            "ageTo",
            "cutOff");
    /** A report's own options. */
    static final List<String> OPTIONS =
            List.of("endpoint", "efsEvents", "event", "origin", "groupBy", "ci", "times", "ruleSet", "atRiskTimes");
    /** The number at risk yearly for ten years: the curves are drawn as far as it goes. */
    static final String AT_RISK_TIMES = "0,365,730,1095,1460,1825,2190,2555,2920,3285,3650";

    /** The reports, by path, with their names as the tabs show them. */
    static final Map<String, String> REPORTS = reports();

    @Inject
    RegistryClient api;

    @GET
    public View builder(@Context UriInfo uri) {
        Query cohort = Query.of(uri.getQueryParameters(), COHORT);
        return View.of("reports/builder").with("cohort", cohort).with("sites", sites());
    }

    /** The number of patients the cohort holds, for the builder to show as its filters change. */
    @GET
    @Path("count")
    public View count(@Context UriInfo uri) {
        Query cohort = Query.of(uri.getQueryParameters(), COHORT);
        ApiAnswer answer = api.get(cohort.on("reports/cohort-summary"));
        View view = View.of("reports/count");
        if (answer.ok()) {
            return view.with(
                    "n",
                    answer.object().getJsonObject("cohort").getJsonNumber("n").longValue());
        }
        return view.with("problem", answer.problem());
    }

    @GET
    @Path("{report}")
    public View report(@PathParam("report") String report, @Context UriInfo uri) {
        if (!REPORTS.containsKey(report)) {
            throw new NotFoundException();
        }
        Query cohort = Query.of(uri.getQueryParameters(), COHORT);
        List<String> names = new ArrayList<>(COHORT);
        names.addAll(OPTIONS);
        Query query = Query.of(uri.getQueryParameters(), names);
        if (query.first("atRiskTimes").isEmpty() && !report.equals("response") && !report.equals("cohort-summary")) {
            query = query.with("atRiskTimes", AT_RISK_TIMES);
        }
        ApiAnswer answer = api.get(query.on("reports/" + report));
        View view = View.of("reports/" + report)
                .with("report", report)
                .with("reports", REPORTS)
                .with("cohortFilters", COHORT)
                .with("cohort", cohort)
                .with("query", query)
                .with("pdf", "/relay/v1/" + query.with("format", "pdf").on("reports/" + report))
                .with("csv", "/relay/v1/" + query.with("format", "csv").on("reports/" + report))
                .with("builderLink", cohort.on("/reports"));
        if (answer.status() == 422 || answer.status() == 403) {
            return view.with("problem", answer.problem()).status(answer.status());
        }
        if (!answer.ok()) {
            throw new ApiRefusal(answer.problem());
        }
        Map<String, Object> data = answer.data();
        return view.with("data", data).with("json", answer.text().replace("<", "\\u003c"));
    }

    private static Map<String, String> reports() {
        Map<String, String> reports = new java.util.LinkedHashMap<>();
        reports.put("survival", "Survival");
        reports.put("cumulative-incidence", "Cumulative incidence");
        reports.put("response", "Response");
        reports.put("cohort-summary", "Cohort summary");
        reports.put("transplant", "Transplant outcomes");
        return java.util.Collections.unmodifiableMap(reports);
    }

    private List<Map<String, Object>> sites() {
        ApiAnswer answer = api.get("sites");
        if (!answer.ok()) {
            throw new ApiRefusal(answer.problem());
        }
        return answer.items();
    }
}
