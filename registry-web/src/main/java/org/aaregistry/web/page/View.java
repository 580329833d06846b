package org.aaregistry.web.page;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A page to render: a template under {@code templates/} and what it shows. Resources return views; {@link
 * ViewWriter} renders them with the layout's own model (who is signed in, the navigation, the CSRF token).
 */
public final class View {

    private final String template;
    private final Map<String, Object> model = new LinkedHashMap<>();
    private int status = 200;

    private View(String template) {
        this.template = template;
    }

    public static View of(String template) {
        return new View(template);
    }

    public View with(String name, Object value) {
        model.put(name, value);
        return this;
    }

    /** The HTTP status of the page, e.g. 422 when a form comes back with the API's problems. */
    public View status(int status) {
        this.status = status;
        return this;
    }

    public String template() {
        return template;
    }

    public Map<String, Object> model() {
        return model;
    }

    public int status() {
        return status;
    }
}
