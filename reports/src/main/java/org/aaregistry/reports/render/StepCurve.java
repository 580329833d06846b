package org.aaregistry.reports.render;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.aaregistry.reports.report.CurvePoint;
import org.aaregistry.reports.report.IncidencePoint;

/**
 * A group's curve as plotted: the vertices of a step line (two per jump — the corner before and after
 * it, since neither JFreeChart nor Jasper draws steps) and the censoring marks.
 *
 * <p>A cohort of 100,000 patients has thousands of distinct event times, far more than the plot has
 * points of width. When there are more than {@code maxSteps} jump (or censoring) times, the time axis
 * is cut into {@code maxSteps} equal slices and each slice keeps one jump — to the level the curve has
 * reached at the end of the slice, at the slice's first jump — and one censoring mark: no visible
 * difference, and the PDF stays small and fast to fill whatever the cohort's size.
 *
 * @param name the group's label
 * @param x vertex times
 * @param y vertex values
 * @param censorX times of the censoring marks
 * @param censorY the curve's value at those times
 */
public record StepCurve(String name, double[] x, double[] y, double[] censorX, double[] censorY)
        implements Serializable {

    /** Slices of the time axis when thinning: about two per printed point of a full-width plot. */
    static final int MAX_STEPS = 1000;

    /** Plotted vertices: at most {@code 2 × MAX_STEPS + 2}. */
    public int vertices() {
        return x.length;
    }

    /** Plotted censoring marks: at most {@code MAX_STEPS}. */
    public int censorMarks() {
        return censorX.length;
    }

    /**
     * A Kaplan–Meier curve from 1 at time 0 to the group's last follow-up, with a mark at each time
     * someone was censored.
     */
    static StepCurve survival(String name, List<CurvePoint> curve, int maxSteps) {
        double end = curve.isEmpty() ? 0 : curve.get(curve.size() - 1).time();
        int jumps = (int) curve.stream().filter(p -> p.events() > 0).count();
        int censorings = (int) curve.stream().filter(p -> p.censored() > 0).count();
        Steps line = new Steps(1, slice(end, jumps, maxSteps), maxSteps, Math.min(jumps, maxSteps));
        Steps marks = new Steps(1, slice(end, censorings, maxSteps), maxSteps, 0);
        for (int i = 0; i < curve.size(); i++) {
            CurvePoint p = curve.get(i);
            if (p.events() > 0) {
                line.jump(p.time(), p.survival(), i);
            }
            if (p.censored() > 0) {
                marks.mark(p.time(), p.survival(), i);
            }
        }
        line.finish(end);
        return new StepCurve(name, line.xs(), line.ys(), marks.markXs(), marks.markYs());
    }

    /** A cumulative incidence curve from 0 at time 0 to {@code end}; no censoring marks. */
    static StepCurve incidence(String name, List<IncidencePoint> curve, double end, int maxSteps) {
        double last = curve.isEmpty() ? 0 : curve.get(curve.size() - 1).time();
        end = Math.max(end, last);
        Steps line = new Steps(0, slice(end, curve.size(), maxSteps), maxSteps, Math.min(curve.size(), maxSteps));
        for (int i = 0; i < curve.size(); i++) {
            line.jump(curve.get(i).time(), curve.get(i).estimate(), i);
        }
        line.finish(end);
        return new StepCurve(name, line.xs(), line.ys(), new double[0], new double[0]);
    }

    /** The width of a slice, or 0 (every time its own slice) when there are few enough times. */
    private static double slice(double end, int times, int maxSteps) {
        return times <= maxSteps || end <= 0 ? 0 : end / maxSteps;
    }

    /** Collects vertices or marks, keeping one per slice of the time axis. */
    private static final class Steps {
        private final double slice;
        private final long lastSlice;
        private double[] xs;
        private double[] ys;
        private double[] markXs = new double[16];
        private double[] markYs = new double[16];
        private int size;
        private int marks;
        private double level;
        private long currentSlice = -1;
        private long markSlice = -1;

        Steps(double start, double slice, int slices, int expectedJumps) {
            this.slice = slice;
            this.lastSlice = slices - 1L;
            this.level = start;
            xs = new double[2 * expectedJumps + 2];
            ys = new double[xs.length];
            add(0, start);
        }

        private long sliceOf(double time, int index) {
            // the last follow-up itself falls in the last slice, not one past it
            return slice == 0 ? index : Math.min((long) (time / slice), lastSlice);
        }

        /** A jump to {@code value} at {@code time}; merged into the slice's jump if one is open. */
        void jump(double time, double value, int index) {
            long s = sliceOf(time, index);
            if (s == currentSlice) {
                ys[size - 1] = value;
            } else {
                currentSlice = s;
                add(time, level);
                add(time, value);
            }
            level = value;
        }

        void mark(double time, double value, int index) {
            long s = sliceOf(time, index);
            if (s == markSlice) {
                return;
            }
            markSlice = s;
            if (marks == markXs.length) {
                markXs = Arrays.copyOf(markXs, 2 * marks);
                markYs = Arrays.copyOf(markYs, 2 * marks);
            }
            markXs[marks] = time;
            markYs[marks++] = value;
        }

        /** Extends the line level to {@code end}, the last follow-up. */
        void finish(double end) {
            if (end > xs[size - 1]) {
                add(end, level);
            }
        }

        private void add(double x, double y) {
            if (size == xs.length) {
                xs = Arrays.copyOf(xs, 2 * size + 2);
                ys = Arrays.copyOf(ys, xs.length);
            }
            xs[size] = x;
            ys[size++] = y;
        }

        double[] xs() {
            return Arrays.copyOf(xs, size);
        }

        double[] ys() {
            return Arrays.copyOf(ys, size);
        }

        double[] markXs() {
            return Arrays.copyOf(markXs, marks);
        }

        double[] markYs() {
            return Arrays.copyOf(markYs, marks);
        }
    }
}
