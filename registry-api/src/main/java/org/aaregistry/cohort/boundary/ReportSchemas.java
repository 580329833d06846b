package org.aaregistry.cohort.boundary;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.aaregistry.cohort.entity.Endpoint;
import org.aaregistry.cohort.entity.IncidenceEvent;
import org.aaregistry.cohort.entity.Origin;
import org.aaregistry.reports.report.CohortSummaryReport;
import org.aaregistry.reports.report.IncidenceReport;
import org.aaregistry.reports.report.ResponseReport;
import org.aaregistry.reports.report.SurvivalReport;
import org.aaregistry.reports.report.TransplantReport;
import org.aaregistry.reports.report.TransplantReports;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Puts the report records of the {@code registry-reports} module into the OpenAPI document, so an
 * investigator's analyst can see the shape of a survival or response report before calling it.
 *
 * <p>Payara's annotation scanner reads only {@code WEB-INF/classes}; the records live in a jar under
 * {@code WEB-INF/lib} and, even with library scanning switched on, came out as empty objects. The
 * schemas are therefore derived here from the record components by reflection, so they cannot
 * drift from what JSON-B (Yasson) writes. The resource methods refer to them by name.
 */
public class ReportSchemas implements OASModelReader {

    static final Class<?>[] REPORTS = {
        SurvivalReport.class,
        IncidenceReport.class,
        ResponseReport.class,
        TransplantReport.class,
        CohortSummaryReport.class
    };

    private final Map<String, Schema> schemas = new LinkedHashMap<>();

    @Override
    public OpenAPI buildModel() {
        for (Class<?> report : REPORTS) {
            describe(report);
        }
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents().schemas(schemas));
    }

    /** The analysis codes a report's top level names, listed as the enumerations they are. */
    private static Optional<Schema> codes(Class<?> record, String property) {
        Object[] values = switch (record.getSimpleName() + "." + property) {
            case "SurvivalReport.endpoint" -> Endpoint.values();
            case "SurvivalReport.origin", "IncidenceReport.origin" -> Origin.values();
            case "SurvivalReport.ci" -> ConfidenceInterval.values();
            case "IncidenceReport.event" -> IncidenceEvent.values();
            case "TransplantReport.groupBy" -> TransplantReports.GROUPINGS.toArray();
            default -> null;
        };
        if (values == null) {
            return Optional.empty();
        }
        Schema enumeration = OASFactory.createSchema().type(SchemaType.STRING);
        for (Object value : values) {
            enumeration.addEnumeration(String.valueOf(value));
        }
        return Optional.of(enumeration);
    }

    private Schema describe(Type type) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.ARRAY).items(describe(arguments[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema()
                        .type(SchemaType.OBJECT)
                        .additionalPropertiesSchema(describe(arguments[1]));
            }
            return describe(raw);
        }
        Class<?> plain = (Class<?>) type;
        if (plain == double.class || plain == Double.class || plain == float.class || plain == Float.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER).format("double");
        }
        if (plain == int.class || plain == Integer.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (plain == long.class || plain == Long.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (plain == boolean.class || plain == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (plain == String.class) {
            return OASFactory.createSchema().type(SchemaType.STRING);
        }
        if (plain == LocalDate.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date");
        }
        if (plain == Instant.class) {
            return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
        }
        if (plain.isEnum()) {
            Schema enumeration = OASFactory.createSchema().type(SchemaType.STRING);
            for (Object constant : plain.getEnumConstants()) {
                enumeration.addEnumeration(((Enum<?>) constant).name());
            }
            return enumeration;
        }
        if (plain.isRecord()) {
            String name = plain.getSimpleName();
            if (!schemas.containsKey(name)) {
                Schema record = OASFactory.createSchema().type(SchemaType.OBJECT);
                schemas.put(name, record); // before the components, so self-references terminate
                for (RecordComponent component : plain.getRecordComponents()) {
                    Schema property =
                            codes(plain, component.getName()).orElseGet(() -> describe(component.getGenericType()));
                    if (!component.getType().isPrimitive()) {
                        // written as null when absent: a limit R reports as NA, a median never reached (ReportJson)
                        property.nullable(true);
                    }
                    record.addProperty(component.getName(), property);
                    record.addRequired(component.getName());
                }
            }
            return OASFactory.createSchema().ref(name);
        }
        // Object (e.g. the cohort's filter values): any JSON value.
        return OASFactory.createSchema();
    }
}
