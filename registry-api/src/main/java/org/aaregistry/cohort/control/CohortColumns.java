package org.aaregistry.cohort.control;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.Sex;
import org.aaregistry.patient.entity.VitalStatus;
import org.aaregistry.transplant.entity.ChronicGvhd;
import org.aaregistry.transplant.entity.DonorType;
import org.aaregistry.transplant.entity.GraftFailure;
import org.aaregistry.transplant.entity.GraftSource;
import org.aaregistry.treatment.entity.Regimen;

/** Reads the rows of {@link CohortExtraction}'s query into a {@link Cohort}, column by column. */
final class CohortColumns {

    private static final int[] MONTHS = {3, 6, 12};

    private final List<String> siteCodes = new ArrayList<>();
    private final Map<String, Short> siteIndex = new HashMap<>();
    private final Cohort cohort;

    CohortColumns(LocalDate cutOff) {
        this.cohort = new Cohort(siteCodes, (int) cutOff.toEpochDay());
    }

    Cohort read(ResultSet rows) throws SQLException {
        while (rows.next()) {
            int i = cohort.add();
            patient(rows, i);
            course(rows, i);
            responses(rows, i);
        }
        cohort.resize(cohort.size);
        return cohort;
    }

    private void patient(ResultSet rows, int i) throws SQLException {
        Cohort c = cohort;
        c.site[i] = siteIndex.computeIfAbsent(text(rows, 1), code -> {
            siteCodes.add(code);
            return (short) (siteCodes.size() - 1);
        });
        c.sex[i] = code(rows, 2, Sex.class);
        c.birthYear[i] = rows.getShort(3);
        c.diagnosis[i] = date(rows, 4);
        c.cause[i] = code(rows, 5, Cause.class);
        c.severity[i] = code(rows, 6, Severity.class);
        c.vitalStatus[i] = code(rows, 7, VitalStatus.class);
        c.lastContact[i] = date(rows, 8);
        c.death[i] = date(rows, 9);
        c.hemoglobin[i] = number(rows, 10);
        c.anc[i] = number(rows, 11);
        c.platelets[i] = number(rows, 12);
        c.reticulocytes[i] = number(rows, 13);
        c.pnhPercent[i] = number(rows, 14);
    }

    private void course(ResultSet rows, int i) throws SQLException {
        Cohort c = cohort;
        c.firstLineRegimen[i] = code(rows, 15, Regimen.class);
        c.firstLineStart[i] = date(rows, 16);
        c.secondLineStart[i] = date(rows, 17);
        c.transplant[i] = date(rows, 18);
        c.donorType[i] = code(rows, 19, DonorType.class);
        c.graftSource[i] = code(rows, 20, GraftSource.class);
        c.graftFailure[i] = code(rows, 21, GraftFailure.class);
        c.graftFailureDate[i] = date(rows, 22);
        int grade = rows.getInt(23);
        c.acuteGvhdGrade[i] = rows.wasNull() ? -1 : (byte) grade;
        c.acuteGvhdOnset[i] = date(rows, 24);
        c.chronicGvhd[i] = code(rows, 25, ChronicGvhd.class);
        c.chronicGvhdOnset[i] = date(rows, 26);
        c.neutrophilEngraftment[i] = date(rows, 27);
        c.plateletEngraftment[i] = date(rows, 28);
        c.relapse[i] = date(rows, 29);
        c.clonalEvolution[i] = date(rows, 30);
        c.pnhClinical[i] = date(rows, 31);
    }

    /** Derived responses of line 1, each replaced by the recorded one where the counts did not allow a verdict. */
    private void responses(ResultSet rows, int i) throws SQLException {
        Cohort c = cohort;
        int firstResponse = date(rows, 36);
        byte best = Cohort.NOT_ASSESSABLE;
        for (int point = 0; point < 3; point++) {
            byte derived = category(text(rows, 32 + point));
            byte recorded = category(text(rows, 37 + point));
            byte category = derived != Cohort.NOT_ASSESSABLE ? derived : recorded;
            c.response[point][i] = category;
            best = (byte) Math.max(best, category);
            if (derived == Cohort.NOT_ASSESSABLE && recorded >= Cohort.PR && c.firstLineStart[i] != Cohort.NONE) {
                int recordedAt = (int) LocalDate.ofEpochDay(c.firstLineStart[i])
                        .plusMonths(MONTHS[point])
                        .toEpochDay();
                firstResponse = firstResponse == Cohort.NONE ? recordedAt : Math.min(firstResponse, recordedAt);
            }
        }
        byte derivedBest = category(text(rows, 35));
        c.response[3][i] = derivedBest != Cohort.NOT_ASSESSABLE ? (byte) Math.max(derivedBest, best) : best;
        c.firstResponse[i] = firstResponse;
    }

    private static byte category(String value) {
        if (value == null) {
            return Cohort.NOT_ASSESSABLE;
        }
        return switch (value) {
            case "CR" -> Cohort.CR;
            case "PR" -> Cohort.PR;
            case "NR" -> Cohort.NR;
            default -> Cohort.NOT_ASSESSABLE;
        };
    }

    private static String text(ResultSet rows, int column) throws SQLException {
        return rows.getString(column);
    }

    private static int date(ResultSet rows, int column) throws SQLException {
        Date date = rows.getDate(column);
        return date == null ? Cohort.NONE : (int) date.toLocalDate().toEpochDay();
    }

    private static float number(ResultSet rows, int column) throws SQLException {
        float value = rows.getFloat(column);
        return rows.wasNull() ? Float.NaN : value;
    }

    private static <E extends Enum<E>> byte code(ResultSet rows, int column, Class<E> codes) throws SQLException {
        String value = rows.getString(column);
        return value == null ? -1 : (byte) Enum.valueOf(codes, value).ordinal();
    }
}
