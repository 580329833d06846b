package org.aaregistry.cohort.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A cohort as primitive columns, one index per patient: dates as epoch days ({@link #NONE} when unknown),
 * codes as the ordinal of their enum ({@code -1} when unknown), counts as floats (NaN when unknown). Built by
 * {@link CohortExtraction}, read by the endpoints and summaries; about 120 bytes per patient.
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

    int size;
    final List<String> siteCodes;
    short[] site;
    byte[] sex;
    short[] birthYear;
    int[] diagnosis;
    byte[] cause;
    byte[] severity;
    byte[] vitalStatus;
    int[] lastContact;
    int[] death;
    float[] hemoglobin;
    float[] anc;
    float[] platelets;
    float[] reticulocytes;
    float[] pnhPercent;
    byte[] firstLineRegimen;
    int[] firstLineStart;
    int[] secondLineStart;
    int[] transplant;
    byte[] donorType;
    byte[] graftSource;
    byte[] graftFailure;
    int[] graftFailureDate;
    byte[] acuteGvhdGrade;
    int[] acuteGvhdOnset;
    byte[] chronicGvhd;
    int[] chronicGvhdOnset;
    int[] neutrophilEngraftment;
    int[] plateletEngraftment;
    int[] relapse;
    int[] clonalEvolution;
    int[] pnhClinical;
    /** [time point][patient]: derived response of line 1, else the recorded one, else not assessable. */
    byte[][] response;
    /** Date of the first CR or PR of line 1 (the count it rests on; for a recorded response, its time point). */
    int[] firstResponse;
    /** The data cut-off: events after it are not counted and follow-up ends there. */
    final int cutOff;

    Cohort(List<String> siteCodes, int cutOff) {
        this.siteCodes = siteCodes;
        this.cutOff = cutOff;
        resize(1024);
    }

    /** Grows (or trims) every column to {@code capacity} patients, keeping what was read. */
    void resize(int capacity) {
        site = copy(site, capacity);
        sex = copy(sex, capacity);
        birthYear = copy(birthYear, capacity);
        diagnosis = copy(diagnosis, capacity);
        cause = copy(cause, capacity);
        severity = copy(severity, capacity);
        vitalStatus = copy(vitalStatus, capacity);
        lastContact = copy(lastContact, capacity);
        death = copy(death, capacity);
        hemoglobin = copy(hemoglobin, capacity);
        anc = copy(anc, capacity);
        platelets = copy(platelets, capacity);
        reticulocytes = copy(reticulocytes, capacity);
        pnhPercent = copy(pnhPercent, capacity);
        firstLineRegimen = copy(firstLineRegimen, capacity);
        firstLineStart = copy(firstLineStart, capacity);
        secondLineStart = copy(secondLineStart, capacity);
        transplant = copy(transplant, capacity);
        donorType = copy(donorType, capacity);
        graftSource = copy(graftSource, capacity);
        graftFailure = copy(graftFailure, capacity);
        graftFailureDate = copy(graftFailureDate, capacity);
        acuteGvhdGrade = copy(acuteGvhdGrade, capacity);
        acuteGvhdOnset = copy(acuteGvhdOnset, capacity);
        chronicGvhd = copy(chronicGvhd, capacity);
        chronicGvhdOnset = copy(chronicGvhdOnset, capacity);
        neutrophilEngraftment = copy(neutrophilEngraftment, capacity);
        plateletEngraftment = copy(plateletEngraftment, capacity);
        relapse = copy(relapse, capacity);
        clonalEvolution = copy(clonalEvolution, capacity);
        pnhClinical = copy(pnhClinical, capacity);
        firstResponse = copy(firstResponse, capacity);
        byte[][] grown = new byte[TIME_POINTS.size()][];
        for (int point = 0; point < grown.length; point++) {
            grown[point] = copy(response == null ? null : response[point], capacity);
        }
        response = grown;
    }

    /** Makes room for one more patient and returns its index. */
    int add() {
        if (size == diagnosis.length) {
            resize(size * 2);
        }
        return size++;
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
