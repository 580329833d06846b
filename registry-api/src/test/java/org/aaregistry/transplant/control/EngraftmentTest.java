package org.aaregistry.transplant.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aaregistry.labs.control.CountSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngraftmentTest {

    private static final LocalDate DAY_0 = LocalDate.of(2024, 3, 1);

    private static LocalDate day(int n) {
        return DAY_0.plusDays(n);
    }

    private static CountSample anc(int day, Double anc) {
        return new CountSample(day(day), null, anc, null, null, false, false, false);
    }

    private static CountSample platelets(int day, Double platelets, boolean transfused) {
        return new CountSample(day(day), null, null, platelets, null, false, transfused, false);
    }

    /** ANC by day: {day, value, day, value, ...}. */
    private static List<CountSample> ancs(double... dayValue) {
        List<CountSample> counts = new ArrayList<>();
        for (int i = 0; i < dayValue.length; i += 2) {
            counts.add(anc((int) dayValue[i], dayValue[i + 1]));
        }
        return counts;
    }

    @Test
    void neutrophilEngraftmentIsFirstOfThreeValuesAfterTheNadir() {
        List<CountSample> counts = ancs(1, 2.0, 3, 0.8, 5, 0.0, 8, 0.1, 12, 0.6, 13, 0.7, 14, 0.9);

        assertThat(Engraftment.neutrophil(DAY_0, counts)).contains(day(12));
    }

    @Test
    void valuesBeforeTheNadirDoNotCount() {
        List<CountSample> counts = ancs(1, 1.0, 2, 0.9, 3, 0.8, 6, 0.01, 7, 0.2);

        assertThat(Engraftment.neutrophil(DAY_0, counts)).isEmpty();
    }

    @ParameterizedTest(name = "ANC {0} three days running -> engrafted {1}")
    @CsvSource({"0.49, false", "0.5, true", "0.51, true"})
    void neutrophilThresholdIsAtLeastPointFive(double value, boolean engrafted) {
        List<CountSample> counts = ancs(4, 0.0, 10, value, 11, value, 12, value);

        assertThat(Engraftment.neutrophil(DAY_0, counts).isPresent()).isEqualTo(engrafted);
    }

    @Test
    void aLowValueBreaksTheRun() {
        List<CountSample> counts = ancs(4, 0.0, 10, 0.6, 11, 0.7, 12, 0.3, 13, 0.6, 14, 0.8, 15, 0.9);

        assertThat(Engraftment.neutrophil(DAY_0, counts)).contains(day(13));
    }

    @Test
    void theLowestOfSeveralValuesOnOneDayCounts() {
        List<CountSample> counts = ancs(4, 0.0, 10, 0.6, 11, 0.9, 11, 0.4, 12, 0.7, 13, 0.8, 14, 0.9);

        assertThat(Engraftment.neutrophil(DAY_0, counts)).contains(day(12));
    }

    @Test
    void severalValuesOnOneDayAreOneValue() {
        List<CountSample> counts = ancs(4, 0.0, 10, 0.6, 10, 0.7, 11, 0.8);

        assertThat(Engraftment.neutrophil(DAY_0, counts)).isEmpty();
    }

    @Test
    void fewerThanThreeValuesAfterTheNadirAreNoEngraftment() {
        assertThat(Engraftment.neutrophil(DAY_0, ancs(4, 0.0, 10, 0.6, 11, 0.8)))
                .isEmpty();
        assertThat(Engraftment.neutrophil(DAY_0, List.of())).isEmpty();
    }

    @Test
    void theEarliestOfEqualLowestValuesIsTheNadir() {
        List<CountSample> counts = ancs(5, 0.0, 6, 0.6, 7, 0.7, 8, 0.8, 9, 0.0, 10, 0.6, 11, 0.7, 12, 0.8);

        assertThat(Engraftment.neutrophil(DAY_0, counts)).contains(day(6));
    }

    @Test
    void theRunStartsAfterTheNadirEvenWhenTheNadirIsAboveThreshold() {
        List<CountSample> counts = ancs(1, 0.6, 2, 0.7, 3, 0.8, 4, 0.9);

        assertThat(Engraftment.neutrophil(DAY_0, counts)).contains(day(2));
    }

    @Test
    void countsOnOrBeforeDayZeroAreIgnored() {
        List<CountSample> counts = ancs(-2, 0.0, 0, 0.0, 1, 0.6, 2, 0.7, 3, 0.8, 4, 0.1, 10, 0.6, 11, 0.7, 12, 0.8);

        assertThat(Engraftment.neutrophil(DAY_0, counts)).contains(day(10));
    }

    @Test
    void countsWithoutAncNeitherCountNorBreakTheRun() {
        List<CountSample> counts = new ArrayList<>(ancs(4, 0.0, 10, 0.6, 12, 0.7, 13, 0.8));
        counts.add(anc(11, null));

        assertThat(Engraftment.neutrophil(DAY_0, counts)).contains(day(10));
    }

    @Test
    void countsMayComeInAnyOrder() {
        List<CountSample> counts = ancs(14, 0.9, 12, 0.6, 5, 0.0, 13, 0.7, 1, 2.0);

        assertThat(Engraftment.neutrophil(DAY_0, counts)).contains(day(12));
    }

    @ParameterizedTest(name = "platelets {0} three days running -> engrafted {1}")
    @CsvSource({"19.9, false", "20, true", "20.1, true"})
    void plateletThresholdIsAtLeastTwenty(double value, boolean engrafted) {
        List<CountSample> counts =
                List.of(platelets(20, value, false), platelets(21, value, false), platelets(22, value, false));

        assertThat(Engraftment.platelet(DAY_0, counts).isPresent()).isEqualTo(engrafted);
    }

    @Test
    void plateletEngraftmentIsFirstOfThreeUntransfusedValues() {
        List<CountSample> counts = List.of(
                platelets(10, 8.0, true),
                platelets(15, 25.0, false),
                platelets(16, 30.0, false),
                platelets(18, 32.0, false),
                platelets(20, 40.0, false));

        assertThat(Engraftment.platelet(DAY_0, counts)).contains(day(15));
    }

    @Test
    void aTransfusedValueBreaksThePlateletRunEvenAboveTwenty() {
        List<CountSample> counts = List.of(
                platelets(15, 25.0, false),
                platelets(16, 30.0, false),
                platelets(17, 45.0, true),
                platelets(18, 26.0, false),
                platelets(19, 27.0, false),
                platelets(20, 28.0, false));

        assertThat(Engraftment.platelet(DAY_0, counts)).contains(day(18));
    }

    @Test
    void aLowValueBreaksThePlateletRun() {
        List<CountSample> counts = List.of(
                platelets(15, 25.0, false),
                platelets(16, 19.0, false),
                platelets(17, 22.0, false),
                platelets(18, 26.0, false),
                platelets(19, 27.0, false));

        assertThat(Engraftment.platelet(DAY_0, counts)).contains(day(17));
    }

    @Test
    void aTransfusionOnTheSameDayMakesTheDayTransfused() {
        List<CountSample> counts = List.of(
                platelets(15, 25.0, false),
                platelets(16, 30.0, false),
                platelets(16, 35.0, true),
                platelets(17, 26.0, false));

        assertThat(Engraftment.platelet(DAY_0, counts)).isEmpty();
    }

    @Test
    void theLowestPlateletValueOfADayCounts() {
        List<CountSample> counts = List.of(
                platelets(15, 25.0, false),
                platelets(16, 30.0, false),
                platelets(16, 18.0, false),
                platelets(17, 26.0, false),
                platelets(18, 26.0, false),
                platelets(19, 27.0, false));

        assertThat(Engraftment.platelet(DAY_0, counts)).contains(day(17));
    }

    @Test
    void fewerThanThreePlateletValuesAreNoEngraftment() {
        List<CountSample> counts = List.of(platelets(15, 25.0, false), platelets(16, 30.0, false));

        assertThat(Engraftment.platelet(DAY_0, counts)).isEmpty();
    }

    @Test
    void plateletCountsOnOrBeforeDayZeroAreIgnored() {
        List<CountSample> counts = List.of(
                platelets(-1, 60.0, false),
                platelets(0, 55.0, false),
                platelets(1, 50.0, false),
                platelets(2, 45.0, false));

        assertThat(Engraftment.platelet(DAY_0, counts)).isEmpty();
    }

    @Test
    void plateletEngraftmentIgnoresNeutrophilOnlyCounts() {
        List<CountSample> counts = List.of(
                platelets(15, 25.0, false), anc(16, 1.0), platelets(17, 30.0, false), platelets(18, 31.0, false));

        assertThat(Engraftment.platelet(DAY_0, counts)).contains(day(15));
    }
}
