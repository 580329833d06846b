package org.aaregistry.reports.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.aaregistry.reports.reference.ReferenceCsv;
import org.aaregistry.reports.reference.ReferenceCsv.Row;
import org.aaregistry.reports.reference.ReferenceData;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Kaplan–Meier curves and their percentiles against R's survfit and quantile.survfit. */
class KaplanMeierReferenceTest {
    private static final double TOLERANCE = 1e-9;

    static Stream<Arguments> fits() {
        return Stream.of(ConfidenceInterval.values())
                .flatMap(interval -> Stream.of(
                        Arguments.of("aml_overall", (Supplier<SurvivalData>) ReferenceData::aml, interval),
                        Arguments.of("aml_by_x", (Supplier<SurvivalData>) ReferenceData::amlByMaintenance, interval),
                        Arguments.of("toy_overall", (Supplier<SurvivalData>) ReferenceData::toy, interval)));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("fits")
    void everyRowMatchesSurvfit(String file, Supplier<SurvivalData> data, ConfidenceInterval interval) {
        List<SurvivalCurve> curves = KaplanMeier.fit(data.get(), interval, 0.95);
        ReferenceCsv reference = ReferenceCsv.read(file + "_km.csv");
        SoftAssertions softly = new SoftAssertions();
        int compared = 0;
        for (SurvivalCurve curve : curves) {
            List<Row> rows = reference.rows(r -> r.text("conf_type").equals(ReferenceData.rName(interval))
                    && r.text("strata").equals(curve.label()));
            assertThat(curve.size()).as(curve.label() + " rows").isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                SurvivalStep step = curve.step(i);
                String at = curve.label() + " t=" + step.time() + " ";
                softly.assertThat(step.time()).as(at + "time").isEqualTo(r.real("time"));
                softly.assertThat(step.atRisk()).as(at + "n.risk").isEqualTo(r.integer("n_risk"));
                softly.assertThat(step.events()).as(at + "n.event").isEqualTo(r.integer("n_event"));
                softly.assertThat(step.censored()).as(at + "n.censor").isEqualTo(r.integer("n_censor"));
                softly.assertThat(step.survival()).as(at + "surv").isCloseTo(r.real("surv"), within(TOLERANCE));
                softly.assertThat(step.cumulativeHazard())
                        .as(at + "cumhaz")
                        .isCloseTo(r.real("cumhaz_NA"), within(TOLERANCE));
                expectSame(softly, at + "std.err", step.standardErrorOfLog(), r.number("std_err_logS"));
                expectSame(softly, at + "se(S)", step.standardError(), r.number("se_S"));
                expectSame(softly, at + "lower", step.lower(), r.number("lower95"));
                expectSame(softly, at + "upper", step.upper(), r.number("upper95"));
                compared++;
            }
        }
        softly.assertAll();
        assertThat(compared)
                .isEqualTo(reference
                        .rows(r -> r.text("conf_type").equals(ReferenceData.rName(interval)))
                        .size());
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("fits")
    void quartilesAndTheirLimitsMatchQuantileSurvfitExactly(
            String file, Supplier<SurvivalData> data, ConfidenceInterval interval) {
        List<SurvivalCurve> curves = KaplanMeier.fit(data.get(), interval, 0.95);
        ReferenceCsv reference = ReferenceCsv.read(file + "_quantiles.csv");
        SoftAssertions softly = new SoftAssertions();
        for (SurvivalCurve curve : curves) {
            Row r = reference
                    .rows(row -> row.text("conf_type").equals(ReferenceData.rName(interval))
                            && row.text("strata").equals(curve.label()))
                    .get(0);
            List<SurvivalQuantile> quartiles = curve.quartiles();
            String[] names = {"q25", "median", "q75"};
            for (int q = 0; q < 3; q++) {
                String at = curve.label() + " " + names[q];
                softly.assertThat(quartiles.get(q).time()).as(at).isEqualTo(r.number(names[q]));
                softly.assertThat(quartiles.get(q).lower()).as(at + " lower").isEqualTo(r.number(names[q] + "_lower"));
                softly.assertThat(quartiles.get(q).upper()).as(at + " upper").isEqualTo(r.number(names[q] + "_upper"));
            }
        }
        softly.assertAll();
    }

    private static void expectSame(SoftAssertions softly, String what, OptionalDouble actual, OptionalDouble expected) {
        softly.assertThat(actual.isPresent()).as(what + " present").isEqualTo(expected.isPresent());
        if (actual.isPresent() && expected.isPresent()) {
            softly.assertThat(actual.getAsDouble()).as(what).isCloseTo(expected.getAsDouble(), within(TOLERANCE));
        }
    }
}
