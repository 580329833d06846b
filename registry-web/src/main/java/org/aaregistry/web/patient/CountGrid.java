package org.aaregistry.web.patient;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.RegistryClient;
import org.aaregistry.web.form.Form;
import org.aaregistry.web.page.ApiRefusal;
import org.aaregistry.web.page.View;

/**
 * Blood counts entered fast: a grid of rows, one count each, typed from the keyboard (Tab to the next value, Enter
 * to the next row, Ctrl+Enter to save) and saved together. Each filled row is one API call with its own
 * Idempotency-Key, so a double submit stores nothing twice; rows the API refused come back with its messages
 * beside their values, rows it stored come back marked as saved.
 */
@RequestScoped
public class CountGrid {

    static final int ROWS = 10;

    /** One row of the grid: what was typed (or stored), and whether the API stored it. */
    public record Row(int index, Form form, String key, String savedId) {
        public boolean saved() {
            return savedId != null && !savedId.isEmpty();
        }

        public String name(String field) {
            return "r" + index + "." + field;
        }
    }

    @Inject
    RegistryClient api;

    @Inject
    HttpServletRequest request;

    View view(UUID patient, List<Row> rows) {
        ApiAnswer record = api.get("patients/" + patient);
        if (!record.ok()) {
            throw new ApiRefusal(record.problem());
        }
        List<Row> shown = rows;
        if (shown == null) {
            shown = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                shown.add(new Row(
                        i,
                        new Form(RecordKind.BLOOD_COUNT.sections(), Map.of()),
                        UUID.randomUUID().toString(),
                        null));
            }
        }
        return View.of("records/counts")
                .with("patientId", patient)
                .with("studyId", record.object().getString("studyId"))
                .with("fields", RecordKind.BLOOD_COUNT.sections().get(0).fields())
                .with("rows", shown);
    }

    Response save(UUID patient) {
        int count = Math.min(100, Integer.parseInt(parameter("rows", String.valueOf(ROWS))));
        List<Row> rows = new ArrayList<>();
        int stored = 0;
        boolean refused = false;
        for (int i = 0; i < count; i++) {
            Row row = typed(i);
            if (!row.saved() && !blank(row.form())) {
                ApiAnswer answer = api.post(
                        "patients/" + patient + "/blood-counts",
                        row.form().body(Map.of()),
                        Map.of("Idempotency-Key", row.key()));
                if (answer.ok()) {
                    row = new Row(i, row.form(), row.key(), answer.object().getString("id"));
                    stored++;
                } else {
                    row.form().refusedWith(answer.problem());
                    refused = true;
                }
            } else if (row.saved()) {
                stored++;
            }
            rows.add(row);
        }
        if (!refused && stored > 0) {
            return Edits.seeOther("/patients/" + patient + "?notice=counts&n=" + stored);
        }
        View view = view(patient, rows).with("refused", refused).with("nothingTyped", !refused && stored == 0);
        return Response.status(refused ? 422 : 200)
                .entity(view.status(refused ? 422 : 200))
                .build();
    }

    private Row typed(int index) {
        String prefix = "r" + index + ".";
        Map<String, String[]> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                values.put(name.substring(prefix.length()), value);
            }
        });
        return new Row(
                index,
                Form.typed(RecordKind.BLOOD_COUNT.sections(), values),
                parameter("key" + index, UUID.randomUUID().toString()),
                parameter("saved" + index, ""));
    }

    /** A row without a date or any value is not a count: it is skipped, not refused. */
    private static boolean blank(Form form) {
        return form.fields().stream()
                .filter(f -> f.kind() != org.aaregistry.web.form.Field.Kind.CHECKBOX)
                .allMatch(f -> form.value(f.name()).isBlank());
    }

    private String parameter(String name, String otherwise) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
