package org.aaregistry.reports.render;

import java.util.Locale;
import java.util.Map;

/**
 * The words the printed reports use for the registry's codes: endpoints, time origins, time points and
 * groupings (the data dictionary's endpoints for reports). An unknown code prints as itself.
 */
final class ClinicalTerms {
    private static final Map<String, String> ENDPOINTS = Map.of(
            "OS", "Overall survival",
            "EFS", "Event-free survival",
            "GRFS", "GVHD-free, graft failure-free survival",
            "OS_TRANSPLANT_CENSORED", "Overall survival censored at transplant");

    private static final Map<String, String> ORIGINS = Map.of(
            "DIAGNOSIS", "diagnosis",
            "FIRST_LINE_START", "start of first-line treatment",
            "TRANSPLANT", "transplant");

    private static final Map<String, String> TIME_POINTS = Map.of(
            "MONTH_3", "3 months",
            "MONTH_6", "6 months",
            "MONTH_12", "12 months",
            "BEST", "Best response");

    private static final Map<String, String> GROUPINGS = Map.of(
            "DONOR_TYPE", "donor type",
            "GRAFT_SOURCE", "graft source");

    private static final Map<String, String> INTERVALS = Map.of(
            "LOG", "log transformation (R survfit default)",
            "LOG_LOG", "log(−log) transformation",
            "PLAIN", "plain (untransformed)");

    private ClinicalTerms() {}

    /** "Overall survival (OS)". */
    static String endpoint(String code) {
        String name = ENDPOINTS.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    /** "Overall survival"; the code itself if unknown. */
    static String endpointName(String code) {
        return ENDPOINTS.getOrDefault(code, code);
    }

    /** "Days since diagnosis". */
    static String timeAxis(String origin) {
        return "Days since " + ORIGINS.getOrDefault(origin, words(origin));
    }

    static String timePoint(String code) {
        return TIME_POINTS.getOrDefault(code, code);
    }

    static String grouping(String code) {
        return GROUPINGS.getOrDefault(code, words(code));
    }

    static String interval(String ci, double level) {
        return PrintFormat.decimal(100 * level, level * 100 == Math.rint(level * 100) ? 0 : 1) + "% pointwise, "
                + INTERVALS.getOrDefault(ci, ci);
    }

    /** A code in words: "CLONAL_EVOLUTION" → "clonal evolution". */
    static String words(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
