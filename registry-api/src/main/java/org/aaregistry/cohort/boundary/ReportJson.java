package org.aaregistry.cohort.boundary;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.aaregistry.reports.report.Report;

/**
 * Writes the reports' JSON with explicit {@code null}s: a confidence limit R reports as NA, a median never
 * reached or a landmark after the last follow-up is {@code "upper": null}, not a missing key, so that a
 * statistician's script reading the report finds every field of the documented shape. Other responses keep
 * JSON-B's default of leaving absent values out. Jersey asks this resolver per written type and uses its answer
 * as it is (a {@code null} would fail the write), so the other types get a default instance.
 */
@Provider
public class ReportJson implements ContextResolver<Jsonb> {

    private static final Jsonb WITH_NULLS = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    private static final Jsonb DEFAULT = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return type != null && Report.class.isAssignableFrom(type) ? WITH_NULLS : DEFAULT;
    }
}
