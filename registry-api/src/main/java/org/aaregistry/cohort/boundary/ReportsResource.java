package org.aaregistry.cohort.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.aaregistry.audit.boundary.AccessLogged;
import org.aaregistry.audit.control.AccessRecord;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.reports.report.Report;
import org.aaregistry.security.boundary.Roles;
import org.aaregistry.security.control.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The reports, as JSON, PDF or CSV (Accept header, or {@code ?format=json|pdf|csv}). Investigators report
 * across sites; a coordinator reports on their own site's cohort. Every run is in the access log with its
 * parameters. In CSV, counts under five patients are shown as {@code <5} except to the coordinator of the site.
 */
@Path("reports")
@RequestScoped
@RolesAllowed({Roles.COORDINATOR, Roles.INVESTIGATOR})
@Produces({MediaType.APPLICATION_JSON, ReportsResource.PDF, ReportsResource.CSV})
public class ReportsResource {

    static final String PDF = "application/pdf";
    static final String CSV = "text/csv";

    @Inject
    Reports reports;

    @Inject
    AccessRecord access;

    @Inject
    ReportDocuments documents;

    @Inject
    Caller caller;

    @Context
    HttpHeaders headers;

    @GET
    @Path("survival")
    @AccessLogged(action = AccessAction.REPORT, resource = "survival")
    @APIResponse(
            responseCode = "200",
            description = "The report (JSON shown; also application/pdf, text/csv)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SurvivalReport")))
    @Operation(summary = "Kaplan-Meier per group with log-rank: endpoint OS|EFS|OS_TRANSPLANT_CENSORED|GRFS")
    public Response survival(@BeanParam ReportParameters parameters) {
        return answer("survival", parameters, reports::survival);
    }

    @GET
    @Path("cumulative-incidence")
    @AccessLogged(action = AccessAction.REPORT, resource = "cumulative-incidence")
    @APIResponse(
            responseCode = "200",
            description = "The report (JSON shown; also application/pdf, text/csv)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IncidenceReport")))
    @Operation(
            summary = "Aalen-Johansen cumulative incidence with Gray's test: event RELAPSE|CLONAL_EVOLUTION|RESPONSE")
    public Response cumulativeIncidence(@BeanParam ReportParameters parameters) {
        return answer("cumulative-incidence", parameters, reports::incidence);
    }

    @GET
    @Path("response")
    @AccessLogged(action = AccessAction.REPORT, resource = "response")
    @APIResponse(
            responseCode = "200",
            description = "The report (JSON shown; also application/pdf, text/csv)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ResponseReport")))
    @Operation(summary = "Response of the first line at 3, 6, 12 months and best, with Wilson intervals")
    public Response response(@BeanParam ReportParameters parameters) {
        return answer("response", parameters, reports::response);
    }

    @GET
    @Path("cohort-summary")
    @AccessLogged(action = AccessAction.REPORT, resource = "cohort-summary")
    @APIResponse(
            responseCode = "200",
            description = "The report (JSON shown; also application/pdf, text/csv)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CohortSummaryReport")))
    @Operation(summary = "The baseline table per group and overall")
    public Response cohortSummary(@BeanParam ReportParameters parameters) {
        return answer("cohort-summary", parameters, reports::cohortSummary);
    }

    @GET
    @Path("transplant")
    @AccessLogged(action = AccessAction.REPORT, resource = "transplant")
    @APIResponse(
            responseCode = "200",
            description = "The report (JSON shown; also application/pdf, text/csv)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TransplantReport")))
    @Operation(
            summary = "Transplant outcomes by donor type or graft source: engraftment, graft failure, GVHD, OS, GRFS")
    public Response transplant(@BeanParam ReportParameters parameters) {
        return answer("transplant", parameters, reports::transplant);
    }

    private Response answer(String name, ReportParameters parameters, Function<ReportParameters, Report> run) {
        MediaType type = mediaType(parameters.format);
        access.detail(describe(parameters) + " as " + type.getSubtype());
        if (!type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            access.action(AccessAction.EXPORT);
        }
        Report report = run.apply(parameters);
        if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        if (type.getSubtype().equals("pdf")) {
            return Response.ok(documents.pdf(report), PDF)
                    .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
                    .build();
        }
        // the small-numbers rule: only a coordinator, whose cohort is their own site, sees counts under five
        boolean suppress = !caller.hasRole(Roles.COORDINATOR) || caller.hasRole(Roles.INVESTIGATOR);
        return Response.ok(documents.csv(report, suppress), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
                .build();
    }

    private MediaType mediaType(String format) {
        if (format != null) {
            return switch (format) {
                case "json" -> MediaType.APPLICATION_JSON_TYPE;
                case "pdf" -> MediaType.valueOf(PDF);
                case "csv" -> MediaType.valueOf(CSV);
                default -> throw InvalidRequest.of("$.format", "must be json, pdf or csv");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.valueOf(PDF)) && !accepted.isWildcardType()) {
                return MediaType.valueOf(PDF);
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV)) && !accepted.isWildcardType()) {
                return MediaType.valueOf(CSV);
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
        }
        throw new NotAcceptableException("reports are application/json, application/pdf or text/csv");
    }

    private static String describe(ReportParameters p) {
        return "site=" + p.site + " cause=" + p.cause + " severity=" + p.severity + " firstLineRegimen="
                + p.firstLineRegimen + " transplanted=" + p.transplanted + " donorType=" + p.donorType
                + " diagnosis=" + p.diagnosisFrom + ".." + p.diagnosisTo + " age=" + p.ageFrom + ".." + p.ageTo
                + " endpoint=" + p.endpoint + " event=" + p.event + " origin=" + p.origin + " groupBy=" + p.groupBy
                + " ci=" + p.ci + " times=" + p.times + " atRiskTimes=" + p.atRiskTimes + " efsEvents=" + p.efsEvents
                + " ruleSet=" + p.ruleSet
                + " cutOff=" + p.cutOff;
    }
}
