package org.aaregistry.cohort.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A cohort as primitive columns, one index per patient: dates as epoch days ({@link #NONE} when unknown),
 * codes as the ordinal of their enum ({@code -1} when unknown), counts as floats (NaN when unknown). Built by
 * {@link CohortExtraction} with only the {@link Part parts} a report reads; the columns of the other parts are
 * {@code null}, so that a computation reading what was not extracted fails loudly instead of seeing "unknown".
 * About 95 bytes per patient with every part extracted.
 */
public final class Cohort {

    /** An unknown or absent date. */
    public static final int NONE = Integer.MIN_VALUE;

    /** Response categories as stored in {@link #response}. */
    public static final byte NOT_ASSESSABLE = 0;

    public static final byte NR = 1;
    public static final byte PR = 2;
    public static final byte CR = 3;

    /** Time points of {@link #response}: 3, 6, 12 months and best response. */
    public static final List<String> TIME_POINTS = List.of("MONTH_3", "MONTH_6", "MONTH_12", "BEST");

    /** What a report may read of each patient's course; every report reads the first three. */
    public enum Part {
        /** Diagnosis, last contact, death. */
        FOLLOW_UP,
        /** Regimen and start of line 1, start of line 2. */
        TREATMENT,
        /** Date, donor type and graft source of the first transplant. */
        TRANSPLANT,
        /** Sex, birth year, cause, severity at diagnosis. */
        DEMOGRAPHY,
        /** First relapse, clonal evolution, clinical PNH. */
        EVENTS,
        /** Responses of line 1 at 3, 6, 12 months and best, and the date of the first CR or PR. */
        RESPONSES,
        /** Graft failure, acute and chronic GVHD, engraftment after the first transplant. */
        TRANSPLANT_OUTCOMES,
        /** Counts and PNH clone at diagnosis. */
        BASELINE;

        /** The parts every report reads: the origins and the end of follow-up, the treatment arm, the transplant. */
        public static final Set<Part> ALWAYS = EnumSet.of(FOLLOW_UP, TREATMENT, TRANSPLANT);
    }

    int size;
    final Set<Part> parts;
    int[] diagnosis;
    int[] lastContact;
    int[] death;
    byte[] firstLineRegimen;
    int[] firstLineStart;
    int[] secondLineStart;
    int[] transplant;
    byte[] donorType;
    byte[] graftSource;
    byte[] sex;
    short[] birthYear;
    byte[] cause;
    byte[] severity;
    int[] relapse;
    int[] clonalEvolution;
    int[] pnhClinical;
    /** [time point][patient]: derived response of line 1, else the recorded one, else not assessable. */
    byte[][] response;
    /** Date of the first CR or PR of line 1 (the count it rests on; for a recorded response, its time point). */
    int[] firstResponse;

    byte[] graftFailure;
    int[] graftFailureDate;
    byte[] acuteGvhdGrade;
    int[] acuteGvhdOnset;
    byte[] chronicGvhd;
    int[] chronicGvhdOnset;
    int[] neutrophilEngraftment;
    int[] plateletEngraftment;
    float[] hemoglobin;
    float[] anc;
    float[] platelets;
    float[] reticulocytes;
    float[] pnhPercent;
    /** The data cut-off: events after it are not counted and follow-up ends there. */
    final int cutOff;

    Cohort(Set<Part> parts, int cutOff) {
        this.parts = EnumSet.copyOf(parts);
        this.parts.addAll(Part.ALWAYS);
        this.cutOff = cutOff;
        grow(1024);
    }

    /** Grows the columns of the extracted parts to {@code capacity} patients, keeping what was read. */
    private void grow(int capacity) {
        diagnosis = copy(diagnosis, capacity);
        lastContact = copy(lastContact, capacity);
        death = copy(death, capacity);
        firstLineRegimen = copy(firstLineRegimen, capacity);
        firstLineStart = copy(firstLineStart, capacity);
        secondLineStart = copy(secondLineStart, capacity);
        transplant = copy(transplant, capacity);
        donorType = copy(donorType, capacity);
        graftSource = copy(graftSource, capacity);
        if (parts.contains(Part.DEMOGRAPHY)) {
            sex = copy(sex, capacity);
            birthYear = copy(birthYear, capacity);
            cause = copy(cause, capacity);
            severity = copy(severity, capacity);
        }
        if (parts.contains(Part.EVENTS)) {
            relapse = copy(relapse, capacity);
            clonalEvolution = copy(clonalEvolution, capacity);
            pnhClinical = copy(pnhClinical, capacity);
        }
        if (parts.contains(Part.RESPONSES)) {
            byte[][] grown = new byte[TIME_POINTS.size()][];
            for (int point = 0; point < grown.length; point++) {
                grown[point] = copy(response == null ? null : response[point], capacity);
            }
            response = grown;
            firstResponse = copy(firstResponse, capacity);
        }
        if (parts.contains(Part.TRANSPLANT_OUTCOMES)) {
            graftFailure = copy(graftFailure, capacity);
            graftFailureDate = copy(graftFailureDate, capacity);
            acuteGvhdGrade = copy(acuteGvhdGrade, capacity);
            acuteGvhdOnset = copy(acuteGvhdOnset, capacity);
            chronicGvhd = copy(chronicGvhd, capacity);
            chronicGvhdOnset = copy(chronicGvhdOnset, capacity);
            neutrophilEngraftment = copy(neutrophilEngraftment, capacity);
            plateletEngraftment = copy(plateletEngraftment, capacity);
        }
        if (parts.contains(Part.BASELINE)) {
            hemoglobin = copy(hemoglobin, capacity);
            anc = copy(anc, capacity);
            platelets = copy(platelets, capacity);
            reticulocytes = copy(reticulocytes, capacity);
            pnhPercent = copy(pnhPercent, capacity);
        }
    }

    /** Makes room for one more patient, whose course is unknown until it is read, and returns its index. */
    int add() {
        if (size == diagnosis.length) {
            grow(size * 2);
        }
        int i = size++;
        diagnosis[i] = NONE;
        lastContact[i] = NONE;
        death[i] = NONE;
        firstLineRegimen[i] = -1;
        firstLineStart[i] = NONE;
        secondLineStart[i] = NONE;
        noTransplant(i);
        if (sex != null) {
            sex[i] = -1;
            cause[i] = -1;
            severity[i] = -1;
        }
        if (relapse != null) {
            relapse[i] = NONE;
            clonalEvolution[i] = NONE;
            pnhClinical[i] = NONE;
        }
        if (response != null) {
            for (byte[] point : response) {
                point[i] = NOT_ASSESSABLE;
            }
            firstResponse[i] = NONE;
        }
        if (hemoglobin != null) {
            hemoglobin[i] = Float.NaN;
            anc[i] = Float.NaN;
            platelets[i] = Float.NaN;
            reticulocytes[i] = Float.NaN;
            pnhPercent[i] = Float.NaN;
        }
        return i;
    }

    /** The patient has no transplant (or none yet at the cut-off): every transplant column unknown. */
    void noTransplant(int i) {
        transplant[i] = NONE;
        donorType[i] = -1;
        graftSource[i] = -1;
        if (graftFailure != null) {
            graftFailure[i] = -1;
            graftFailureDate[i] = NONE;
            acuteGvhdGrade[i] = -1;
            acuteGvhdOnset[i] = NONE;
            chronicGvhd[i] = -1;
            chronicGvhdOnset[i] = NONE;
            neutrophilEngraftment[i] = NONE;
            plateletEngraftment[i] = NONE;
        }
    }

    private static short[] copy(short[] column, int capacity) {
        return column == null ? new short[capacity] : Arrays.copyOf(column, capacity);
    }

    private static byte[] copy(byte[] column, int capacity) {
        return column == null ? new byte[capacity] : Arrays.copyOf(column, capacity);
    }

    private static int[] copy(int[] column, int capacity) {
        return column == null ? new int[capacity] : Arrays.copyOf(column, capacity);
    }

    private static float[] copy(float[] column, int capacity) {
        return column == null ? new float[capacity] : Arrays.copyOf(column, capacity);
    }

    public int size() {
        return size;
    }

    public LocalDate cutOffDate() {
        return LocalDate.ofEpochDay(cutOff);
    }

    /** Age at diagnosis as the registry computes it: diagnosis year minus birth year. */
    public int ageAtDiagnosis(int patient) {
        return LocalDate.ofEpochDay(diagnosis[patient]).getYear() - birthYear[patient];
    }
}
