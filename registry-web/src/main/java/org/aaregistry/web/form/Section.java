package org.aaregistry.web.form;

import java.util.List;

/** A titled group of fields (a fieldset): "Marrow", "Baseline counts", "Follow-up". */
public record Section(String title, List<Field> fields) {

    public static Section of(String title, Field... fields) {
        return new Section(title, List.of(fields));
    }
}
