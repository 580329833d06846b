package org.aaregistry.reports.reference;

import java.util.List;
import org.aaregistry.reports.competingrisk.CompetingRisksData;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.aaregistry.reports.survival.SurvivalData;

/** The public data sets of the reference directory, as the statistics take them. */
public final class ReferenceData {
    /** The strata of {@code survfit(Surv(time, status) ~ x, aml)}, in R's (alphabetical) order. */
    public static final List<String> AML_GROUPS = List.of("x=Maintained", "x=Nonmaintained");

    /** The groups of the cuminc example, in R's factor order. */
    public static final List<String> CMPRSK_GROUPS = List.of("a", "b", "c");

    private ReferenceData() {}

    /** {@code survival::aml} as one group (R's unstratified fit, labelled "all"). */
    public static SurvivalData aml() {
        ReferenceCsv csv = ReferenceCsv.read("aml_data.csv");
        return SurvivalData.of(times(csv, "time"), events(csv));
    }

    /** {@code survival::aml} by maintenance chemotherapy. */
    public static SurvivalData amlByMaintenance() {
        ReferenceCsv csv = ReferenceCsv.read("aml_data.csv");
        int[] group = csv.rows().stream()
                .mapToInt(r -> AML_GROUPS.indexOf("x=" + r.text("x")))
                .toArray();
        return SurvivalData.of(times(csv, "time"), events(csv), group, AML_GROUPS);
    }

    /** The ten-row toy data set as one group. */
    public static SurvivalData toy() {
        ReferenceCsv csv = ReferenceCsv.read("toy_data.csv");
        return SurvivalData.of(times(csv, "time"), events(csv));
    }

    /** The toy data set by its group column. */
    public static SurvivalData toyByGroup() {
        ReferenceCsv csv = ReferenceCsv.read("toy_data.csv");
        List<String> labels = List.of("grp=A", "grp=B");
        int[] group = csv.rows().stream()
                .mapToInt(r -> labels.indexOf("grp=" + r.text("grp")))
                .toArray();
        return SurvivalData.of(times(csv, "time"), events(csv), group, labels);
    }

    /** The cuminc help example; with strata {@code strt} when {@code stratified}. */
    public static CompetingRisksData cmprskExample(boolean stratified) {
        ReferenceCsv csv = ReferenceCsv.read("cmprsk_example_data.csv");
        double[] time = times(csv, "ss");
        int[] status = csv.rows().stream().mapToInt(r -> r.integer("cc")).toArray();
        int[] group = csv.rows().stream()
                .mapToInt(r -> CMPRSK_GROUPS.indexOf(r.text("gg")))
                .toArray();
        if (!stratified) {
            return CompetingRisksData.of(time, status, group, CMPRSK_GROUPS);
        }
        int[] stratum = csv.rows().stream().mapToInt(r -> r.integer("strt") - 1).toArray();
        return CompetingRisksData.of(time, status, group, CMPRSK_GROUPS, stratum);
    }

    /** R's {@code conf.type} name of an interval type. */
    public static String rName(ConfidenceInterval interval) {
        return switch (interval) {
            case PLAIN -> "plain";
            case LOG -> "log";
            case LOG_LOG -> "log-log";
        };
    }

    private static double[] times(ReferenceCsv csv, String column) {
        return csv.rows().stream().mapToDouble(r -> r.real(column)).toArray();
    }

    private static boolean[] events(ReferenceCsv csv) {
        boolean[] events = new boolean[csv.rows().size()];
        for (int i = 0; i < events.length; i++) {
            events[i] = csv.rows().get(i).integer("status") == 1;
        }
        return events;
    }
}
