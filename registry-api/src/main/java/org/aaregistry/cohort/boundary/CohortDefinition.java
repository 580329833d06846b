package org.aaregistry.cohort.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.aaregistry.cohort.control.CohortCriteria;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.problem.boundary.Problem.InvalidField;
import org.aaregistry.transplant.entity.DonorType;
import org.aaregistry.treatment.entity.Regimen;

/**
 * A report's cohort, read and checked from its query parameters: every code against the data dictionary, every
 * problem reported at once. A coordinator's cohort is always limited to their own sites.
 *
 * @param filters the filters as given, for the report's {@code cohort} object and its header
 */
public record CohortDefinition(CohortCriteria criteria, Map<String, Object> filters) {

    static CohortDefinition of(ReportParameters p, Set<String> callerSites, List<InvalidField> errors) {
        Map<String, Object> filters = new LinkedHashMap<>();
        Collection<String> sites = sites(p.site, callerSites, filters);
        Collection<String> causes = codes("cause", p.cause, Cause.values(), errors, filters);
        Collection<String> severities = codes("severity", p.severity, Severity.values(), errors, filters);
        Collection<String> regimens = codes("firstLineRegimen", p.firstLineRegimen, Regimen.values(), errors, filters);
        Collection<String> donors = codes("donorType", p.donorType, DonorType.values(), errors, filters);
        Boolean transplanted = bool("transplanted", p.transplanted, errors, filters);
        LocalDate from = date("diagnosisFrom", p.diagnosisFrom, errors, filters);
        LocalDate to = date("diagnosisTo", p.diagnosisTo, errors, filters);
        Integer ageFrom = integer("ageFrom", p.ageFrom, errors, filters);
        Integer ageTo = integer("ageTo", p.ageTo, errors, filters);
        String ruleSet = p.ruleSet == null ? ResponseRuleSet.NIH.name() : p.ruleSet;
        if (Arrays.stream(ResponseRuleSet.values()).noneMatch(r -> r.name().equals(ruleSet))) {
            errors.add(new InvalidField("$.ruleSet", "must be one of NIH, RACE, BSH"));
        }
        LocalDate cutOff = p.cutOff == null ? LocalDate.now() : date("cutOff", p.cutOff, errors, new LinkedHashMap<>());
        return new CohortDefinition(
                new CohortCriteria(
                        sites,
                        causes,
                        severities,
                        regimens,
                        transplanted,
                        donors,
                        from,
                        to,
                        ageFrom,
                        ageTo,
                        ruleSet,
                        cutOff == null ? LocalDate.now() : cutOff),
                filters);
    }

    /** The cohort object of a report: the filters given, and the number of patients. */
    public Map<String, Object> withSize(int n) {
        Map<String, Object> cohort = new LinkedHashMap<>(filters);
        cohort.put("n", n);
        return cohort;
    }

    /** One line for a report header, e.g. "site SITE-A; severity SAA, VSAA". */
    public String describe() {
        if (filters.isEmpty()) {
            return "all patients in scope";
        }
        return filters.entrySet().stream()
                .map(f -> f.getKey() + " "
                        + (f.getValue() instanceof Collection<?> values
                                ? values.stream().map(String::valueOf).collect(Collectors.joining(", "))
                                : f.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** A coordinator's cohort is their sites (narrowed by {@code site}); an investigator's whatever is asked. */
    private static Collection<String> sites(
            List<String> requested, Set<String> callerSites, Map<String, Object> filters) {
        List<String> asked = requested == null || requested.isEmpty() ? null : requested;
        if (callerSites == null) {
            if (asked != null) {
                filters.put("site", asked);
            }
            return asked;
        }
        List<String> sites = asked == null
                ? new ArrayList<>(new TreeSet<>(callerSites))
                : asked.stream().filter(callerSites::contains).toList();
        filters.put("site", sites);
        return sites;
    }

    private static Collection<String> codes(
            String name,
            List<String> values,
            Enum<?>[] allowed,
            List<InvalidField> errors,
            Map<String, Object> filters) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Set<String> names = Arrays.stream(allowed).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        for (String value : values) {
            if (!names.contains(value)) {
                errors.add(new InvalidField("$." + name, "'" + value + "' is not one of " + names));
                return null;
            }
        }
        filters.put(name, values);
        return values;
    }

    private static Boolean bool(String name, String value, List<InvalidField> errors, Map<String, Object> filters) {
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            errors.add(new InvalidField("$." + name, "must be true or false"));
            return null;
        }
        filters.put(name, Boolean.valueOf(value));
        return Boolean.valueOf(value);
    }

    private static LocalDate date(String name, String value, List<InvalidField> errors, Map<String, Object> filters) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            filters.put(name, value);
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new InvalidField("$." + name, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static Integer integer(String name, String value, List<InvalidField> errors, Map<String, Object> filters) {
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 0 || number > 120) {
                errors.add(new InvalidField("$." + name, "must be an age from 0 to 120"));
                return null;
            }
            filters.put(name, number);
            return number;
        } catch (NumberFormatException e) {
            errors.add(new InvalidField("$." + name, "must be a whole number of years"));
            return null;
        }
    }

    static void throwIfAny(List<InvalidField> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }
}
