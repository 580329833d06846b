package org.aaregistry.cohort.control;

import java.util.ArrayList;
import java.util.List;
import org.aaregistry.cohort.entity.GroupBy;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.Sex;
import org.aaregistry.transplant.entity.DonorType;
import org.aaregistry.transplant.entity.GraftSource;
import org.aaregistry.treatment.entity.Regimen;

/**
 * Splits included patients into report groups. Labels follow the order of their codes in the data dictionary
 * (regimens, severities, donor types ...) so that reports list groups the same way every time; groups without
 * patients are left out.
 *
 * @param labels the group names, in report order
 * @param group the group index of each included patient (parallel to {@link Outcomes#patients()})
 */
public record Grouping(List<String> labels, int[] group) {

    /** Age groups of the reports (data dictionary): under 18, 18-39, 40-59, 60 and over. */
    static final List<String> AGE_GROUPS = List.of("<18", "18-39", "40-59", "≥60");

    public static Grouping of(Cohort c, int[] patients, GroupBy by) {
        List<String> all = by == null ? List.of("All") : allLabels(by);
        int[] raw = new int[patients.length];
        boolean[] used = new boolean[all.size()];
        for (int k = 0; k < patients.length; k++) {
            raw[k] = by == null ? 0 : label(c, patients[k], by);
            used[raw[k]] = true;
        }
        List<String> labels = new ArrayList<>();
        int[] index = new int[all.size()];
        for (int g = 0; g < all.size(); g++) {
            if (used[g]) {
                index[g] = labels.size();
                labels.add(all.get(g));
            }
        }
        int[] group = new int[patients.length];
        for (int k = 0; k < patients.length; k++) {
            group[k] = index[raw[k]];
        }
        return new Grouping(labels, group);
    }

    private static List<String> allLabels(GroupBy by) {
        return switch (by) {
            case FIRST_LINE_REGIMEN -> withNone(names(Regimen.values()), "NO_TREATMENT");
            case SEVERITY -> names(Severity.values());
            case CAUSE_GROUP -> List.of("ACQUIRED", "INHERITED", "NOT_WORKED_UP");
            case DONOR_TYPE -> withNone(names(DonorType.values()), "NOT_TRANSPLANTED");
            case GRAFT_SOURCE -> withNone(names(GraftSource.values()), "NOT_RECORDED");
            case AGE_GROUP -> AGE_GROUPS;
            case SEX -> names(Sex.values());
        };
    }

    /** The index of the patient's label in {@link #allLabels}; an absent code is the last label. */
    private static int label(Cohort c, int i, GroupBy by) {
        return switch (by) {
            case FIRST_LINE_REGIMEN -> orLast(c.firstLineRegimen[i], Regimen.values().length);
            case SEVERITY -> c.severity[i];
            case CAUSE_GROUP -> causeGroup(c.cause[i]);
            case DONOR_TYPE -> orLast(c.donorType[i], DonorType.values().length);
            case GRAFT_SOURCE -> orLast(c.graftSource[i], GraftSource.values().length);
            case AGE_GROUP -> ageGroup(c.ageAtDiagnosis(i));
            case SEX -> c.sex[i];
        };
    }

    static int ageGroup(int age) {
        if (age < 18) {
            return 0;
        }
        if (age < 40) {
            return 1;
        }
        return age < 60 ? 2 : 3;
    }

    private static int causeGroup(byte cause) {
        Cause value = Cause.values()[cause];
        if (value.inherited()) {
            return 1;
        }
        return value == Cause.UNKNOWN ? 2 : 0;
    }

    private static int orLast(byte code, int last) {
        return code < 0 ? last : code;
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    private static List<String> withNone(List<String> names, String none) {
        List<String> all = new ArrayList<>(names);
        all.add(none);
        return all;
    }
}
