package org.aaregistry.web.page;

import java.util.ArrayList;
import java.util.List;

/** The navigation of a user: only what their roles allow (the API refuses the rest anyway). */
public final class Navigation {

    /** A link of the navigation; {@code current} when the page shown is under it. */
    public record Item(String label, String href, boolean current) {}

    private Navigation() {}

    static List<Item> forUser(Me me, String path) {
        List<Item> items = new ArrayList<>();
        add(items, path, "Home", "/home");
        if (me.readsRecords()) {
            add(items, path, "Patients", "/patients");
        }
        if (me.coordinator()) {
            add(items, path, "Completeness", "/completeness");
            add(items, path, "Import", "/import");
        }
        if (me.readsRecords()) {
            add(items, path, "Reports", "/reports");
        }
        if (me.auditor()) {
            add(items, path, "Access log", "/audit/access-log");
            add(items, path, "Change history", "/audit/change-history");
            add(items, path, "Patient history", "/audit/patients");
            add(items, path, "Audit chain", "/audit/chain");
        }
        return items;
    }

    private static void add(List<Item> items, String path, String label, String href) {
        boolean current = path.startsWith(href);
        items.add(new Item(label, href, current));
    }
}
