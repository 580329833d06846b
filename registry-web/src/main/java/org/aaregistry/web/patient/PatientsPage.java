package org.aaregistry.web.patient;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.ApiProblem;
import org.aaregistry.web.api.Query;
import org.aaregistry.web.api.RegistryClient;
import org.aaregistry.web.page.ApiRefusal;
import org.aaregistry.web.page.View;

/**
 * The patient list: search by study id, the filters of the API's list, sorting and paging by the API's paging.
 * A coordinator sees their sites' patients, an investigator every site's. The completeness page is the same list
 * limited to patients with something to enter, each missing item linked to the form that fixes it.
 */
@RequestScoped
@Path("patients")
@Produces(MediaType.TEXT_HTML)
public class PatientsPage {

    static final List<String> FILTERS = List.of(
            "studyId", "site", "severity", "cause", "firstLineRegimen", "vitalStatus", "diagnosisFrom", "diagnosisTo");
    private static final List<String> PAGING = List.of("sort", "page", "size");
    private static final int SIZE = 25;

    /** A link of the pager. */
    public record PageLink(String label, String href, boolean current) {}

    @Inject
    RegistryClient api;

    @Inject
    PatientForms forms;

    @GET
    public View patients(@Context UriInfo uri) {
        return list(uri, false);
    }

    @GET
    @Path("new")
    public View enrolment() {
        return forms.enrolment();
    }

    @POST
    @Path("new")
    public Response enrol() {
        return forms.enrol();
    }

    View list(UriInfo uri, boolean incomplete) {
        List<String> names = new ArrayList<>(FILTERS);
        names.addAll(PAGING);
        Query query = Query.of(uri.getQueryParameters(), names);
        String base = incomplete ? "/completeness" : "/patients";
        Query apiQuery = query.with("size", String.valueOf(SIZE));
        if (!query.first("studyId").isEmpty()) {
            apiQuery = apiQuery.without("studyId").with("studyIdContains", query.first("studyId"));
        }
        if (incomplete) {
            apiQuery = apiQuery.with("incomplete", "true");
        }
        View view = View.of(incomplete ? "patients/completeness" : "patients/list")
                .with("query", query)
                .with("base", base)
                .with("sorted", query.first("sort").isEmpty() ? "studyId" : query.first("sort"));
        ApiAnswer answer = api.get(apiQuery.on("patients"));
        if (answer.status() == 422) {
            ApiProblem problem = answer.problem();
            return view.with("filterProblem", problem)
                    .with("patients", List.of())
                    .with("total", 0)
                    .status(422);
        }
        if (!answer.ok()) {
            throw new ApiRefusal(answer.problem());
        }
        Map<String, Object> page = answer.data();
        long total = ((Number) page.get("total")).longValue();
        int current = ((Number) page.get("page")).intValue();
        return view.with("patients", page.get("items"))
                .with("total", total)
                .with("pages", pager(query, base, current, total))
                .with("sortLinks", sortLinks(query, base));
    }

    /** Each sortable column's link: ascending, or descending when it is the current ascending sort. */
    private static Map<String, String> sortLinks(Query query, String base) {
        Map<String, String> links = new java.util.LinkedHashMap<>();
        String current = query.first("sort").isEmpty() ? "studyId" : query.first("sort");
        for (String column : List.of("studyId", "site", "diagnosisDate", "severity", "lastContactDate")) {
            String next = current.equals(column) ? "-" + column : column;
            links.put(column, query.with("sort", next).without("page").on(base));
        }
        return links;
    }

    /** First, previous, a window of pages around the current one, next, last. */
    static List<PageLink> pager(Query query, String base, int current, long total) {
        int last = (int) Math.max(0, (total - 1) / SIZE);
        List<PageLink> links = new ArrayList<>();
        if (last == 0) {
            return links;
        }
        if (current > 0) {
            links.add(new PageLink(
                    "Previous", query.with("page", String.valueOf(current - 1)).on(base), false));
        }
        int from = Math.max(0, current - 3);
        int to = Math.min(last, current + 3);
        if (from > 0) {
            links.add(new PageLink("1", query.with("page", "0").on(base), false));
        }
        for (int p = from; p <= to; p++) {
            links.add(new PageLink(
                    String.valueOf(p + 1), query.with("page", String.valueOf(p)).on(base), p == current));
        }
        if (to < last) {
            links.add(new PageLink(
                    String.valueOf(last + 1),
                    query.with("page", String.valueOf(last)).on(base),
                    false));
        }
        if (current < last) {
            links.add(new PageLink(
                    "Next", query.with("page", String.valueOf(current + 1)).on(base), false));
        }
        return links;
    }
}
