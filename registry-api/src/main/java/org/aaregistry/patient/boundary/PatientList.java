package org.aaregistry.patient.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.aaregistry.paging.boundary.Page;
import org.aaregistry.paging.boundary.PageRequest;
import org.aaregistry.patient.control.PatientScope;
import org.aaregistry.patient.control.PatientSearch;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.VitalStatus;
import org.aaregistry.problem.boundary.InvalidRequest;
import org.aaregistry.problem.boundary.Problem.InvalidField;

/**
 * The patient list in the caller's scope. A coordinator's list is always limited to their own sites, whatever
 * {@code site} they ask for: asking for another site's patients finds none.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PatientList {

    /** Treatment-line regimens, as codes of the data dictionary. */
    static final Set<String> REGIMENS = Set.of(
            "SUPPORTIVE",
            "HATG_CSA",
            "HATG_CSA_EPAG",
            "RATG_CSA",
            "ALEMTUZUMAB",
            "CSA_ALONE",
            "ANDROGEN",
            "TPO_RA",
            "HSCT",
            "OTHER");

    @Inject
    PatientScope scope;

    @Inject
    PatientSearch search;

    public Page<PatientSummary> find(PatientFilter filter) {
        List<InvalidField> errors = new ArrayList<>();
        codes(errors, "severity", filter.severities, names(Severity.values()));
        codes(errors, "cause", filter.causes, names(Cause.values()));
        codes(errors, "firstLineRegimen", filter.firstLineRegimens, REGIMENS);
        codes(errors, "vitalStatus", filter.vitalStatuses, names(VitalStatus.values()));
        LocalDate diagnosisFrom = date(errors, "diagnosisFrom", filter.diagnosisFrom);
        LocalDate diagnosisTo = date(errors, "diagnosisTo", filter.diagnosisTo);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        PageRequest page = PageRequest.of(filter.page, filter.size, filter.sort, PatientSearch.SORTABLE, "studyId");
        PatientSearch.Criteria criteria = new PatientSearch.Criteria(
                sites(filter.sites),
                orNull(filter.severities),
                orNull(filter.causes),
                orNull(filter.firstLineRegimens),
                orNull(filter.vitalStatuses),
                diagnosisFrom,
                diagnosisTo,
                filter.studyId,
                filter.studyIdContains == null || filter.studyIdContains.isBlank()
                        ? null
                        : filter.studyIdContains.strip(),
                filter.includeVoided,
                filter.incomplete);
        List<PatientSummary> items = search.page(criteria, page).stream()
                .map(row -> new PatientSummary(
                        row.id(),
                        row.studyId(),
                        row.site(),
                        row.sex(),
                        row.birthYear(),
                        row.diagnosisDate(),
                        row.cause(),
                        row.severity(),
                        row.firstLineRegimen(),
                        row.vitalStatus(),
                        row.lastContactDate(),
                        row.version(),
                        row.currentLineNumber() == null
                                ? null
                                : new PatientSummary.CurrentLine(row.currentLineNumber(), row.currentLineRegimen()),
                        row.missing()))
                .toList();
        long total = search.count(criteria);
        return new Page<>(items, page.page(), page.size(), total, page.offset() + items.size() < total);
    }

    private static LocalDate date(List<InvalidField> errors, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new InvalidField("$." + name, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    /** The caller's sites, narrowed by the {@code site} filter; for an investigator the filter alone. */
    private Collection<String> sites(List<String> requested) {
        Set<String> listable = scope.listableSites();
        if (listable == null) {
            return orNull(requested);
        }
        if (requested == null || requested.isEmpty()) {
            return listable;
        }
        return requested.stream().filter(listable::contains).toList();
    }

    private static void codes(List<InvalidField> errors, String parameter, List<String> values, Set<String> allowed) {
        if (values != null) {
            for (String value : values) {
                if (!allowed.contains(value)) {
                    errors.add(new InvalidField("$." + parameter, "'" + value + "' is not one of " + allowed));
                    return;
                }
            }
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new java.util.TreeSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    private static <T> Collection<T> orNull(List<T> values) {
        return values == null || values.isEmpty() ? null : values;
    }
}
