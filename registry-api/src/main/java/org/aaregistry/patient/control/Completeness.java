package org.aaregistry.patient.control;

/**
 * What a coordinator still has to enter for a patient, as the registry's data managers check it:
 *
 * <ul>
 *   <li>{@code SEVERITY_INPUTS}: severity is not assessable — the marrow or a count it needs is missing;
 *   <li>{@code FOLLOW_UP}: alive, and not seen for more than a year (a registry's usual follow-up interval);
 *   <li>{@code MONTH_3}, {@code MONTH_6}, {@code MONTH_12}: the response of line 1 at that time point can be neither
 *       derived (no qualifying count in the window) nor was it recorded, although the window (± 1 month) has
 *       passed and the patient was seen after it. Not asked of a transplant or supportive care as line 1, nor
 *       after a transplant on or before the time point, whose response the rules leave not assessable.
 * </ul>
 *
 * One SQL expression over the patient and its course summary (V8), so that the list can filter and show it in one
 * query; {@link #MISSING} is a {@code text[]} of the codes above.
 */
public final class Completeness {

    public static final String SEVERITY_INPUTS = "SEVERITY_INPUTS";
    public static final String FOLLOW_UP = "FOLLOW_UP";

    /** Days without contact after which an alive patient's follow-up is overdue. */
    static final int FOLLOW_UP_DAYS = 365;

    /** The missing items of patient {@code p} with course summary {@code s} (left-joined), as {@code text[]}. */
    public static final String MISSING = "array_remove(ARRAY["
            + "CASE WHEN p.severity = 'NOT_ASSESSABLE' THEN '" + SEVERITY_INPUTS + "' END, "
            + "CASE WHEN p.vital_status = 'ALIVE' AND p.last_contact_date < current_date - " + FOLLOW_UP_DAYS
            + " THEN '" + FOLLOW_UP + "' END, "
            + response(3) + ", " + response(6) + ", " + response(12) + "]::text[], NULL)";

    private Completeness() {}

    private static String response(int months) {
        String windowEnd = "(s.first_line_start + interval '" + (months + 1) + " months')::date";
        String target = "(s.first_line_start + interval '" + months + " months')::date";
        return "CASE WHEN s.first_line_start IS NOT NULL"
                + " AND s.first_line_regimen NOT IN ('HSCT', 'SUPPORTIVE')"
                + " AND " + windowEnd + " <= current_date"
                + " AND p.last_contact_date >= " + windowEnd
                + " AND (s.transplant_date IS NULL OR s.transplant_date > " + target + ")"
                + " AND coalesce(s.nih_month_" + months + ", 'NOT_ASSESSABLE') = 'NOT_ASSESSABLE'"
                + " AND s.recorded_month_" + months + " IS NULL"
                + " THEN 'MONTH_" + months + "' END";
    }
}
