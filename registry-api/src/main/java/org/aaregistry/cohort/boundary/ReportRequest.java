package org.aaregistry.cohort.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.aaregistry.cohort.control.CohortReports;
import org.aaregistry.cohort.entity.EfsEvent;
import org.aaregistry.cohort.entity.Endpoint;
import org.aaregistry.cohort.entity.GroupBy;
import org.aaregistry.cohort.entity.IncidenceEvent;
import org.aaregistry.cohort.entity.Origin;
import org.aaregistry.problem.boundary.Problem.InvalidField;
import org.aaregistry.reports.survival.ConfidenceInterval;

/** A report's analysis parameters, read and checked together with its cohort; every problem reported at once. */
record ReportRequest(
        CohortDefinition cohort,
        Endpoint endpoint,
        IncidenceEvent event,
        Origin origin,
        GroupBy groupBy,
        ConfidenceInterval ci,
        double[] landmarks,
        double[] atRiskTimes,
        Set<EfsEvent> efsEvents) {

    /** @param defaultOrigin the report's origin when none is asked for; {@code null}: the endpoint's natural one */
    static ReportRequest of(ReportParameters p, Set<String> callerSites, Origin defaultOrigin) {
        List<InvalidField> errors = new ArrayList<>();
        CohortDefinition cohort = CohortDefinition.of(p, callerSites, errors);
        Endpoint endpoint = code("endpoint", p.endpoint, Endpoint.class, Endpoint.OS, errors);
        ReportRequest request = new ReportRequest(
                cohort,
                endpoint,
                code("event", p.event, IncidenceEvent.class, IncidenceEvent.RELAPSE, errors),
                code(
                        "origin",
                        p.origin,
                        Origin.class,
                        defaultOrigin == null ? endpoint.naturalOrigin() : defaultOrigin,
                        errors),
                code("groupBy", p.groupBy, GroupBy.class, null, errors),
                code("ci", p.ci, ConfidenceInterval.class, ConfidenceInterval.LOG, errors),
                days("times", p.times, new double[] {365, 730, 1825}, errors),
                days("atRiskTimes", p.atRiskTimes, CohortReports.AT_RISK_DAYS, errors),
                efsEvents(p.efsEvents, errors));
        CohortDefinition.throwIfAny(errors);
        return request;
    }

    private static <E extends Enum<E>> E code(
            String name, String value, Class<E> codes, E fallback, List<InvalidField> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(codes, value);
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidField("$." + name, "must be one of " + Arrays.toString(codes.getEnumConstants())));
            return fallback;
        }
    }

    /** Days after the origin, comma-separated: landmarks ({@code times}) or the number-at-risk table. */
    private static double[] days(String name, String times, double[] fallback, List<InvalidField> errors) {
        if (times == null || times.isBlank()) {
            return fallback;
        }
        try {
            double[] days = Arrays.stream(times.split(","))
                    .map(String::strip)
                    .mapToDouble(Double::parseDouble)
                    .toArray();
            if (days.length > 20 || Arrays.stream(days).anyMatch(d -> !(d >= 0 && d <= 36500))) {
                errors.add(new InvalidField("$." + name, "must be at most 20 days from 0 to 36500"));
            }
            return days;
        } catch (NumberFormatException e) {
            errors.add(new InvalidField("$." + name, "must be days, comma-separated, e.g. 365,730,1825"));
            return fallback;
        }
    }

    private static Set<EfsEvent> efsEvents(String events, List<InvalidField> errors) {
        if (events == null || events.isBlank()) {
            return EnumSet.allOf(EfsEvent.class);
        }
        Set<EfsEvent> chosen = EnumSet.noneOf(EfsEvent.class);
        for (String event : events.split(",")) {
            try {
                chosen.add(EfsEvent.valueOf(event.strip()));
            } catch (IllegalArgumentException e) {
                errors.add(
                        new InvalidField("$.efsEvents", "must name events of " + Arrays.toString(EfsEvent.values())));
                return EnumSet.allOf(EfsEvent.class);
            }
        }
        return chosen;
    }
}
