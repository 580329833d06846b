package org.aaregistry.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.aaregistry.reports.report.CurvePoint;
import org.aaregistry.reports.report.IncidencePoint;
import org.junit.jupiter.api.Test;

class StepCurveTest {
    /** Kaplan–Meier of survival::aml, maintained arm: 9, 13 (and 13+), 18, 23, 28+, 31, 34, 45+, 48, 161+. */
    private static final List<CurvePoint> MAINTAINED = List.of(
            point(9, 11, 1, 0, 0.909090909090909),
            point(13, 10, 1, 1, 0.818181818181818),
            point(18, 8, 1, 0, 0.715909090909091),
            point(23, 7, 1, 0, 0.613636363636364),
            point(28, 6, 0, 1, 0.613636363636364),
            point(31, 5, 1, 0, 0.490909090909091),
            point(34, 4, 1, 0, 0.368181818181818),
            point(45, 3, 0, 1, 0.368181818181818),
            point(48, 2, 1, 0, 0.184090909090909),
            point(161, 1, 0, 1, 0.184090909090909));

    private static CurvePoint point(double time, int atRisk, int events, int censored, double survival) {
        return new CurvePoint(time, atRisk, events, censored, survival, null, null, null);
    }

    @Test
    void survivalStepsDownAtEachEventTimeWithACornerBeforeAndAfter() {
        StepCurve curve = StepCurve.survival("x=Maintained", MAINTAINED, StepCurve.MAX_STEPS);

        assertThat(curve.x()).containsExactly(0, 9, 9, 13, 13, 18, 18, 23, 23, 31, 31, 34, 34, 48, 48, 161);
        assertThat(curve.y())
                .containsExactly(
                        1,
                        1,
                        0.909090909090909,
                        0.909090909090909,
                        0.818181818181818,
                        0.818181818181818,
                        0.715909090909091,
                        0.715909090909091,
                        0.613636363636364,
                        0.613636363636364,
                        0.490909090909091,
                        0.490909090909091,
                        0.368181818181818,
                        0.368181818181818,
                        0.184090909090909,
                        0.184090909090909);
    }

    @Test
    void censoringMarksSitOnTheCurveAtEachCensoringTime() {
        StepCurve curve = StepCurve.survival("x=Maintained", MAINTAINED, StepCurve.MAX_STEPS);

        assertThat(curve.censorX()).containsExactly(13, 28, 45, 161);
        assertThat(curve.censorY())
                .containsExactly(0.818181818181818, 0.613636363636364, 0.368181818181818, 0.184090909090909);
    }

    @Test
    void manyEventTimesAreThinnedToOneJumpPerSliceWithinOneSliceOfTheExactCurve() {
        List<CurvePoint> exact = randomCurve(50_000);
        double end = exact.getLast().time();
        double slice = end / 200;

        StepCurve curve = StepCurve.survival("all", exact, 200);

        assertThat(curve.vertices()).isLessThanOrEqualTo(2 * 200 + 2);
        assertThat(curve.censorMarks()).isLessThanOrEqualTo(200);
        assertThat(curve.x()[curve.vertices() - 1]).isEqualTo(end);
        assertThat(curve.y()[curve.vertices() - 1]).isEqualTo(exact.getLast().survival());
        for (double t = 0; t <= end; t += end / 997) {
            double plotted = stepValue(curve.x(), curve.y(), t);
            assertThat(plotted)
                    .as("at %s", t)
                    .isBetween(exactValue(exact, t + slice) - 1e-12, exactValue(exact, t - slice) + 1e-12);
        }
    }

    @Test
    void incidenceRisesFromZeroAtEachEventTimeAndRunsToTheEnd() {
        List<IncidencePoint> steps =
                List.of(new IncidencePoint(2, 0.1, 0.05, null, null), new IncidencePoint(5, 0.3, 0.08, null, null));

        StepCurve curve = StepCurve.incidence("a", steps, 9, StepCurve.MAX_STEPS);

        assertThat(curve.x()).containsExactly(0, 2, 2, 5, 5, 9);
        assertThat(curve.y()).containsExactly(0, 0, 0.1, 0.1, 0.3, 0.3);
        assertThat(curve.censorMarks()).isZero();
    }

    @Test
    void emptyGroupPlotsASinglePointAtTheStart() {
        StepCurve curve = StepCurve.survival("empty", List.of(), StepCurve.MAX_STEPS);

        assertThat(curve.x()).containsExactly(0);
        assertThat(curve.y()).containsExactly(1);
    }

    /** A Kaplan–Meier curve of distinct continuous times, one patient each. */
    private static List<CurvePoint> randomCurve(int patients) {
        SplittableRandom random = new SplittableRandom(5);
        double[] times = random.doubles(patients, 0, 3000).sorted().toArray();
        List<CurvePoint> curve = new ArrayList<>(patients);
        double s = 1;
        for (int i = 0; i < patients; i++) {
            boolean event = random.nextInt(3) == 0;
            int atRisk = patients - i;
            if (event) {
                s *= (atRisk - 1.0) / atRisk;
            }
            curve.add(point(times[i], atRisk, event ? 1 : 0, event ? 0 : 1, s));
        }
        return curve;
    }

    private static double exactValue(List<CurvePoint> curve, double t) {
        double value = 1;
        for (CurvePoint p : curve) {
            if (p.time() > t) {
                break;
            }
            value = p.survival();
        }
        return value;
    }

    /** The plotted step function at t: the last vertex at or before t (the lower corner at a jump). */
    private static double stepValue(double[] x, double[] y, double t) {
        int i = Arrays.binarySearch(x, t);
        if (i < 0) {
            i = -i - 2;
        } else {
            while (i + 1 < x.length && x[i + 1] == t) {
                i++;
            }
        }
        return y[Math.max(i, 0)];
    }

    @Test
    void thinningKeepsTheFinalLevelOfEachSlice() {
        List<CurvePoint> curve = List.of(
                point(1, 4, 1, 0, 0.75), point(1.5, 3, 1, 0, 0.5), point(10, 2, 1, 0, 0.25), point(11, 1, 0, 1, 0.25));

        StepCurve thinned = StepCurve.survival("g", curve, 2);

        // slices [0, 5.5) and [5.5, 11]: the two early deaths merge into one jump to 0.5
        assertThat(thinned.x()).containsExactly(0, 1, 1, 10, 10, 11);
        assertThat(thinned.y()).containsExactly(1, 1, 0.5, 0.5, 0.25, 0.25);
    }
}
