package org.aaregistry.cohort.control;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import org.aaregistry.cohort.control.Cohort.Part;
import org.aaregistry.cohort.control.CopyRows.Codes;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.Sex;
import org.aaregistry.transplant.entity.ChronicGvhd;
import org.aaregistry.transplant.entity.DonorType;
import org.aaregistry.transplant.entity.GraftFailure;
import org.aaregistry.transplant.entity.GraftSource;
import org.aaregistry.treatment.entity.Regimen;

/**
 * The columns of the course summary (V8) each {@link Part} reads, and their reading from {@link CopyRows} into a
 * {@link Cohort}, as the record stood at the data cut-off: a line or transplant that started after it is not seen,
 * nor a response resting on a count after it, nor a recorded response whose time point is after it. Columns are
 * selected and read in the order of the parts.
 */
final class CohortColumns {

    private static final int[] MONTHS = {3, 6, 12};
    private static final Codes REGIMENS = Codes.of(Regimen.values());
    private static final Codes DONOR_TYPES = Codes.of(DonorType.values());
    private static final Codes GRAFT_SOURCES = Codes.of(GraftSource.values());
    private static final Codes SEXES = Codes.of(Sex.values());
    private static final Codes CAUSES = Codes.of(Cause.values());
    private static final Codes SEVERITIES = Codes.of(Severity.values());
    private static final Codes GRAFT_FAILURES = Codes.of(GraftFailure.values());
    private static final Codes CHRONIC_GVHD = Codes.of(ChronicGvhd.values());
    /** Indexes are {@link Cohort#NOT_ASSESSABLE}, {@link Cohort#NR}, {@link Cohort#PR}, {@link Cohort#CR}. */
    private static final Codes RESPONSES = Codes.of("NOT_ASSESSABLE", "NR", "PR", "CR");

    private final Cohort cohort;
    private final int fields;

    CohortColumns(Set<Part> parts, LocalDate cutOff) {
        this.cohort = new Cohort(parts, (int) cutOff.toEpochDay());
        this.fields = fields(cohort.parts);
    }

    /** The parts read: those asked for and those every report reads. */
    Set<Part> parts() {
        return cohort.parts;
    }

    /** The select list of the parts, from the course summary {@code s}, responses under {@code ruleSet}. */
    static String select(Set<Part> parts, ResponseRuleSet ruleSet) {
        StringJoiner columns = new StringJoiner(", ");
        for (Part part : parts) {
            for (String column : columns(part)) {
                columns.add("s." + column.replace("{rule_set}", ruleSet.name().toLowerCase(Locale.ROOT)));
            }
        }
        return columns.toString();
    }

    static int fields(Set<Part> parts) {
        return parts.stream().mapToInt(part -> columns(part).length).sum();
    }

    private static String[] columns(Part part) {
        return switch (part) {
            case FOLLOW_UP -> new String[] {"diagnosis_date", "last_contact_date", "death_date"};
            case TREATMENT -> new String[] {"first_line_regimen", "first_line_start", "second_line_start"};
            case TRANSPLANT -> new String[] {"transplant_date", "donor_type", "graft_source"};
            case DEMOGRAPHY -> new String[] {"sex", "birth_year", "cause", "severity"};
            case EVENTS -> new String[] {"relapse_date", "clonal_evolution_date", "pnh_clinical_date"};
            case RESPONSES ->
                new String[] {
                    "{rule_set}_month_3", "{rule_set}_month_3_date", "{rule_set}_month_6", "{rule_set}_month_6_date",
                    "{rule_set}_month_12", "{rule_set}_month_12_date", "{rule_set}_best", "{rule_set}_best_date",
                    "recorded_month_3", "recorded_month_6", "recorded_month_12"
                };
            case TRANSPLANT_OUTCOMES ->
                new String[] {
                    "graft_failure",
                    "graft_failure_date",
                    "acute_gvhd_grade",
                    "acute_gvhd_onset",
                    "chronic_gvhd",
                    "chronic_gvhd_onset",
                    "neutrophil_engraftment",
                    "platelet_engraftment"
                };
            case BASELINE ->
                new String[] {
                    "baseline_hemoglobin",
                    "baseline_anc",
                    "baseline_platelets",
                    "baseline_reticulocytes",
                    "pnh_clone_percent"
                };
        };
    }

    Cohort read(CopyRows rows) throws IOException {
        while (rows.next(fields)) {
            int i = cohort.add();
            for (Part part : cohort.parts) {
                read(part, rows, i);
            }
            if (cohort.transplant[i] != Cohort.NONE && cohort.transplant[i] > cohort.cutOff) {
                cohort.noTransplant(i);
            }
        }
        return cohort;
    }

    private void read(Part part, CopyRows rows, int i) throws IOException {
        Cohort c = cohort;
        switch (part) {
            case FOLLOW_UP -> {
                c.diagnosis[i] = rows.date();
                c.lastContact[i] = rows.date();
                c.death[i] = rows.date();
            }
            case TREATMENT -> treatment(rows, i);
            case TRANSPLANT -> {
                c.transplant[i] = rows.date();
                c.donorType[i] = rows.code(DONOR_TYPES);
                c.graftSource[i] = rows.code(GRAFT_SOURCES);
            }
            case DEMOGRAPHY -> {
                c.sex[i] = rows.code(SEXES);
                c.birthYear[i] = rows.smallint((short) 0);
                c.cause[i] = rows.code(CAUSES);
                c.severity[i] = rows.code(SEVERITIES);
            }
            case EVENTS -> {
                c.relapse[i] = rows.date();
                c.clonalEvolution[i] = rows.date();
                c.pnhClinical[i] = rows.date();
            }
            case RESPONSES -> responses(rows, i);
            case TRANSPLANT_OUTCOMES -> {
                c.graftFailure[i] = rows.code(GRAFT_FAILURES);
                c.graftFailureDate[i] = rows.date();
                c.acuteGvhdGrade[i] = (byte) rows.smallint((short) -1);
                c.acuteGvhdOnset[i] = rows.date();
                c.chronicGvhd[i] = rows.code(CHRONIC_GVHD);
                c.chronicGvhdOnset[i] = rows.date();
                c.neutrophilEngraftment[i] = rows.date();
                c.plateletEngraftment[i] = rows.date();
            }
            case BASELINE -> {
                c.hemoglobin[i] = rows.real();
                c.anc[i] = rows.real();
                c.platelets[i] = rows.real();
                c.reticulocytes[i] = rows.real();
                c.pnhPercent[i] = rows.real();
            }
        }
    }

    /** Line 1 and line 2 as they stood at the cut-off: lines are numbered in order of start. */
    private void treatment(CopyRows rows, int i) throws IOException {
        Cohort c = cohort;
        byte regimen = rows.code(REGIMENS);
        int start = rows.date();
        int second = rows.date();
        if (start != Cohort.NONE && start <= c.cutOff) {
            c.firstLineRegimen[i] = regimen;
            c.firstLineStart[i] = start;
        }
        if (second != Cohort.NONE && second <= c.cutOff) {
            c.secondLineStart[i] = second;
        }
    }

    /**
     * The responses of line 1: at each time point the derived one, else the recorded one where the counts did not
     * allow a verdict; best response the better of the derived best and the time points. The first response is
     * the date of the count of the first derived CR or PR, or the time point of a recorded one.
     */
    private void responses(CopyRows rows, int i) throws IOException {
        Cohort c = cohort;
        byte[] derived = new byte[4];
        int[] counted = new int[4];
        for (int point = 0; point < 4; point++) {
            derived[point] = rows.code(RESPONSES);
            counted[point] = rows.date();
        }
        byte[] recorded = {rows.code(RESPONSES), rows.code(RESPONSES), rows.code(RESPONSES)};
        int start = c.firstLineStart[i];
        if (start == Cohort.NONE) {
            return;
        }
        int firstResponse = Cohort.NONE;
        byte best = Cohort.NOT_ASSESSABLE;
        for (int point = 0; point < 3; point++) {
            byte seen = seen(derived[point], counted[point]);
            if (seen >= Cohort.PR) {
                firstResponse = earlier(firstResponse, counted[point]);
            }
            if (seen == Cohort.NOT_ASSESSABLE && recorded[point] > Cohort.NOT_ASSESSABLE) {
                int due = (int)
                        LocalDate.ofEpochDay(start).plusMonths(MONTHS[point]).toEpochDay();
                if (due <= c.cutOff) {
                    seen = recorded[point];
                    if (seen >= Cohort.PR) {
                        firstResponse = earlier(firstResponse, due);
                    }
                }
            }
            c.response[point][i] = seen;
            best = (byte) Math.max(best, seen);
        }
        byte derivedBest = seen(derived[3], counted[3]);
        c.response[3][i] = (byte) Math.max(derivedBest, best);
        c.firstResponse[i] = firstResponse;
    }

    /** A derived response as known at the cut-off: not assessable when its count came after it. */
    private byte seen(byte category, int countDate) {
        if (category < 0 || (countDate != Cohort.NONE && countDate > cohort.cutOff)) {
            return Cohort.NOT_ASSESSABLE;
        }
        return category;
    }

    private static int earlier(int first, int date) {
        return date == Cohort.NONE ? first : first == Cohort.NONE ? date : Math.min(first, date);
    }
}
