package org.aaregistry.web.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.aaregistry.web.api.ApiAnswer;
import org.aaregistry.web.api.RegistryClient;

/**
 * The API's code lists and their labels (GET /code-lists), asked once and kept: they hold no clinical data and
 * change only with a release of the API. Selects offer them; tables and charts show labels instead of codes.
 */
@ApplicationScoped
public class Codes {

    /** A code and its label. */
    public record Code(String code, String label) {}

    private final Map<String, List<Code>> lists = new ConcurrentHashMap<>();
    private final Map<String, String> labels = new ConcurrentHashMap<>();
    private final Map<String, Boolean> demoSites = new ConcurrentHashMap<>();

    /** Loads the lists with the signed-in user's client, the first time a page needs them. */
    public Codes loaded(RegistryClient api) {
        if (lists.isEmpty()) {
            ApiAnswer answer = api.get("code-lists");
            if (!answer.ok()) {
                throw new ApiRefusal(answer.problem());
            }
            JsonObject json = answer.object();
            Map<String, List<Code>> read = new LinkedHashMap<>();
            json.forEach((name, codes) -> read.put(
                    name,
                    codes.asJsonArray().stream()
                            .map(JsonValue::asJsonObject)
                            .map(c -> new Code(c.getString("code"), c.getString("label")))
                            .toList()));
            read.values().forEach(list -> list.forEach(c -> labels.putIfAbsent(c.code(), c.label())));
            lists.putAll(read);
        }
        return this;
    }

    /**
     * Whether a site holds synthetic demo data. The flag is set when the site is created and never changes, so
     * each site is asked about once; a site the user may not read counts as not a demo site.
     */
    public boolean demoSite(RegistryClient api, String site) {
        if (site == null) {
            return false;
        }
        Boolean known = demoSites.get(site);
        if (known != null) {
            return known;
        }
        ApiAnswer answer = api.get("sites/" + site);
        if (!answer.ok()) {
            return false;
        }
        boolean demo = Boolean.TRUE.equals(answer.data().get("demo"));
        demoSites.put(site, demo);
        return demo;
    }

    public List<Code> list(String name) {
        return lists.getOrDefault(name, List.of());
    }

    /** Every label by its code, as JSON, for the pages' scripts (chart legends). */
    public String labelsJson() {
        jakarta.json.JsonObjectBuilder json = jakarta.json.Json.createObjectBuilder();
        new java.util.TreeMap<>(labels).forEach(json::add);
        return json.build().toString().replace("<", "\\u003c");
    }

    /** The label of a code, the code itself if no list has it, empty for none. */
    public String label(Object code) {
        if (code == null) {
            return "";
        }
        return labels.getOrDefault(code.toString(), code.toString());
    }
}
