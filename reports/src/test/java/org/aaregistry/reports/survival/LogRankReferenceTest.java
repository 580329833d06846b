package org.aaregistry.reports.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.aaregistry.reports.reference.ReferenceData;
import org.aaregistry.reports.reference.ReferenceJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Log-rank and Peto–Peto tests against R's survdiff. */
class LogRankReferenceTest {
    private static final double TOLERANCE = 1e-9;

    static Stream<Arguments> tests() {
        Supplier<SurvivalData> aml = ReferenceData::amlByMaintenance;
        Supplier<SurvivalData> toy = ReferenceData::toyByGroup;
        return Stream.of(
                Arguments.of("aml_tests.json", "logrank", aml),
                Arguments.of("aml_tests.json", "peto_peto_rho1", aml),
                Arguments.of("toy_tests.json", "logrank", toy));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("tests")
    void matchesSurvdiff(String file, String key, Supplier<SurvivalData> data) {
        Map<String, Object> expected = ReferenceJson.at(ReferenceJson.read(file), key);
        double rho = ReferenceJson.<Double>at(expected, "rho");

        LogRankResult test = LogRank.test(data.get(), rho);

        List<LogRankGroup> groups = test.groups();
        assertThat(groups).extracting(LogRankGroup::label).isEqualTo(ReferenceJson.at(expected, "groups"));
        double[] n = ReferenceJson.numbers(expected.get("n"));
        double[] observed = ReferenceJson.numbers(expected.get("observed"));
        double[] expectedEvents = ReferenceJson.numbers(expected.get("expected"));
        List<?> variance = ReferenceJson.at(expected, "variance_matrix");
        for (int g = 0; g < groups.size(); g++) {
            assertThat(groups.get(g).patients()).isEqualTo((int) n[g]);
            assertThat(groups.get(g).observed()).isCloseTo(observed[g], within(TOLERANCE));
            assertThat(groups.get(g).expected()).isCloseTo(expectedEvents[g], within(TOLERANCE));
            double[] row = ReferenceJson.numbers(variance.get(g));
            for (int h = 0; h < groups.size(); h++) {
                assertThat(test.variance(g, h)).as("var[%d][%d]", g, h).isCloseTo(row[h], within(TOLERANCE));
            }
        }
        assertThat(test.chiSquare().orElseThrow())
                .isCloseTo(ReferenceJson.<Double>at(expected, "chisq"), within(TOLERANCE));
        assertThat(test.degreesOfFreedom())
                .isEqualTo(ReferenceJson.<Double>at(expected, "df").intValue());
        assertThat(test.pValue().orElseThrow()).isCloseTo(ReferenceJson.<Double>at(expected, "p"), within(TOLERANCE));
    }
}
