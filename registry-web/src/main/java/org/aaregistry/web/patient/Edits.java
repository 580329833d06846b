package org.aaregistry.web.patient;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.RegistryClient;
import org.aaregistry.web.form.Field;
import org.aaregistry.web.form.Form;
import org.aaregistry.web.form.Section;
import org.aaregistry.web.page.View;

/**
 * What every entry and correction form of the record does with the API's answer: on success back to the patient's
 * chart with a notice; on a refusal the same form again with every typed value and the API's messages beside their
 * fields; when someone else changed the record meanwhile (412), the form again with what the user typed, the
 * fields where the record now differs from it, and the record's new version, so that saving again applies the
 * user's values on top of the other change — nothing typed is lost and nothing is overwritten unseen.
 */
@RequestScoped
public class Edits {

    /** A field whose value in the current record differs from what the user typed. */
    public record Difference(String label, String theirs, String yours) {}

    @Inject
    RegistryClient api;

    @Inject
    HttpServletRequest request;

    /** The form as typed in this request. */
    Form typed(List<Section> sections) {
        return Form.typed(sections, request.getParameterMap());
    }

    String parameter(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    Response created(ApiAnswer answer, View form, String chart, String notice) {
        if (answer.ok()) {
            return seeOther(chart + "?notice=" + notice);
        }
        return refused(answer, form);
    }

    Response refused(ApiAnswer answer, View form) {
        Form typed = (Form) form.model().get("form");
        typed.refusedWith(answer.problem());
        return Response.status(answer.status())
                .entity(form.status(answer.status()))
                .build();
    }

    /**
     * A correction: PUT with the reason and the version the user read. On 412 the current record is read again and
     * compared field by field with what the user typed.
     */
    Response corrected(String path, View form, String chart, String notice) {
        Form typed = (Form) form.model().get("form");
        JsonObject body = typed.body(Map.of("reason", parameter("reason")));
        ApiAnswer answer = api.put(path, body, parameter("version"));
        if (answer.ok()) {
            return seeOther(chart + "?notice=" + notice);
        }
        if (answer.status() == 412) {
            ApiAnswer current = api.get(path);
            if (current.ok()) {
                typed.version(current.version());
                form.with("differences", differences(typed, current.object()));
            }
        }
        form.with("reason", parameter("reason"));
        return refused(answer, form);
    }

    Response voided(String path, View form, String chart, String notice) {
        JsonObject body = Json.createObjectBuilder()
                .add("reason", parameter("voidReason"))
                .build();
        ApiAnswer answer = api.delete(path, body, parameter("version"));
        if (answer.ok()) {
            return seeOther(chart + "?notice=" + notice);
        }
        form.with("voidProblem", answer.problem()).with("voidReason", parameter("voidReason"));
        Form typed = (Form) form.model().get("form");
        typed.version(parameter("version"));
        return Response.status(answer.status())
                .entity(form.status(answer.status()))
                .build();
    }

    private static List<Difference> differences(Form typed, JsonObject current) {
        Map<String, String> theirs = RecordKind.formValues(current);
        List<Difference> differences = new ArrayList<>();
        for (Field field : typed.fields()) {
            String yours = field.kind() == Field.Kind.CHECKBOX
                    ? String.valueOf(typed.checked(field.name()))
                    : typed.value(field.name()).strip();
            String now = theirs.getOrDefault(field.name(), field.kind() == Field.Kind.CHECKBOX ? "false" : "");
            if (!sameValue(yours, now)) {
                differences.add(
                        new Difference(field.label(), now.isEmpty() ? "—" : now, yours.isEmpty() ? "—" : yours));
            }
        }
        return differences;
    }

    /** "10" and "10.00" are the same number. */
    private static boolean sameValue(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
