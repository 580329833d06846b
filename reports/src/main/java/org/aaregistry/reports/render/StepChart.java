package org.aaregistry.reports.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import net.sf.jasperreports.renderers.Renderable;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A plot of step curves per group — Kaplan–Meier survival or cumulative incidence — with censoring
 * marks and, for survival, the number-at-risk table under the time axis. Jasper draws it as vector
 * graphics into the PDF (a {@link Graphics2DRenderable}), so it stays sharp at any zoom.
 *
 * <p>The curves and the table are drawn together: the table's columns are placed with the time axis's
 * own value-to-position mapping, at exactly the axis's tick times, so they cannot drift apart (the
 * usual fault of a table laid out separately under a picture).
 */
public final class StepChart implements Renderable, Graphics2DRenderable {
    private static final long serialVersionUID = 1L;

    /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    private static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x999999)
    };

    private static final float FONT_SIZE = 7.5f;
    private static final double TABLE_LINE = 10.5;

    private final String id = UUID.randomUUID().toString();
    private final String timeLabel;
    private final String valueLabel;
    private final List<StepCurve> curves;
    private final double[] ticks;
    private final double axisEnd;
    private final int[][] atRisk;

    /**
     * @param ticks the time-axis ticks, ascending (for survival, the report's number-at-risk times)
     * @param atRisk {@code [group][tick]} patients at risk at each tick, or null for no table
     */
    StepChart(String timeLabel, String valueLabel, List<StepCurve> curves, double[] ticks, int[][] atRisk) {
        this.timeLabel = timeLabel;
        this.valueLabel = valueLabel;
        this.curves = List.copyOf(curves);
        this.ticks = ticks.clone();
        this.atRisk = atRisk;
        double end = ticks.length == 0 ? 0 : ticks[ticks.length - 1];
        for (StepCurve curve : curves) {
            if (curve.vertices() > 0) {
                end = Math.max(end, curve.x()[curve.vertices() - 1]);
            }
        }
        this.axisEnd = end > 0 ? end : 1;
    }

    @Override
    public String getId() {
        return id;
    }

    /** The plotted curves, one per group. */
    public List<StepCurve> curves() {
        return curves;
    }

    /** The time-axis ticks. */
    double[] ticks() {
        return ticks.clone();
    }

    /** The right end of the time axis: the last tick or the last follow-up, whichever is later. */
    double axisEnd() {
        return axisEnd;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
        draw(graphics, area, font(context, Font.PLAIN), font(context, Font.BOLD));
    }

    /**
     * Draws the plot and returns where its parts landed: the data area and the horizontal centre of each
     * number-at-risk column.
     */
    Layout draw(Graphics2D g, Rectangle2D area, Font plain, Font bold) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double labelWidth = 0;
        for (StepCurve curve : curves) {
            labelWidth = Math.max(labelWidth, g.getFontMetrics(bold).stringWidth(curve.name()));
        }
        // the first column of numbers is centred on time 0, the left edge of the data area
        double halfNumber = atRisk == null ? 0 : widestNumber(g.getFontMetrics(plain)) / 2.0;
        double tableHeight = atRisk == null ? 0 : (curves.size() + 1) * TABLE_LINE + 8;
        Rectangle2D chartArea =
                new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), area.getHeight() - tableHeight);
        NumberAxis timeAxis = new TickedAxis(timeLabel, ticks);
        JFreeChart chart = chart(timeAxis, plain, bold, Math.max(44, labelWidth + halfNumber + 12));
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, chartArea, info);
        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        double[] columns = new double[ticks.length];
        for (int j = 0; j < ticks.length; j++) {
            columns[j] = timeAxis.valueToJava2D(ticks[j], dataArea, RectangleEdge.BOTTOM);
        }
        if (atRisk != null) {
            double labelRight = dataArea.getMinX() - halfNumber - 6;
            drawNumbersAtRisk(g, chartArea.getMaxY() + 6, area.getX(), labelRight, columns, plain, bold);
        }
        return new Layout(dataArea, columns);
    }

    /** Where the plot's parts landed in the last drawing. */
    record Layout(Rectangle2D dataArea, double[] columns) {}

    private JFreeChart chart(NumberAxis timeAxis, Font plain, Font bold, double leftSpace) {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeriesCollection marks = new XYSeriesCollection();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
        Shape plus = plus(2.6);
        for (int k = 0; k < curves.size(); k++) {
            StepCurve curve = curves.get(k);
            lines.addSeries(series(curve.name(), curve.x(), curve.y()));
            marks.addSeries(series(curve.name(), curve.censorX(), curve.censorY()));
            Color colour = PALETTE[k % PALETTE.length];
            lineRenderer.setSeriesPaint(k, colour);
            lineRenderer.setSeriesStroke(k, new BasicStroke(1.2f));
            markRenderer.setSeriesPaint(k, colour);
            markRenderer.setSeriesShape(k, plus);
            markRenderer.setSeriesShapesFilled(k, false);
            markRenderer.setSeriesStroke(k, new BasicStroke(0.8f));
        }
        markRenderer.setDefaultSeriesVisibleInLegend(false);
        timeAxis.setRange(0, axisEnd);
        XYPlot plot = new XYPlot(lines, timeAxis, valueAxis(), lineRenderer);
        plot.setDataset(1, marks);
        plot.setRenderer(1, markRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // marks over the lines
        return styled(plot, plain, bold, leftSpace);
    }

    private NumberAxis valueAxis() {
        NumberAxis valueAxis = new NumberAxis(valueLabel);
        valueAxis.setRange(0, 1.02);
        valueAxis.setTickUnit(new NumberTickUnit(0.2, new DecimalFormat("0.0")));
        return valueAxis;
    }

    /**
     * A plain journal style. The left axis space is fixed so the group names of the number-at-risk
     * table fit left of the data area, and the axes sit on the data area's edges (no offset).
     */
    private static JFreeChart styled(XYPlot plot, Font plain, Font bold, double leftSpace) {
        for (NumberAxis axis : new NumberAxis[] {(NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis()}) {
            axis.setLabelFont(plain);
            axis.setTickLabelFont(plain);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        AxisSpace space = new AxisSpace();
        space.setLeft(leftSpace);
        plot.setFixedRangeAxisSpace(space);
        JFreeChart chart = new JFreeChart(null, bold, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(0, 0, 0, 8));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(plain);
        legend.setPosition(RectangleEdge.TOP);
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }

    private static XYSeries series(String name, double[] x, double[] y) {
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i], false);
        }
        return series;
    }

    private void drawNumbersAtRisk(
            Graphics2D g, double top, double left, double labelRight, double[] columns, Font plain, Font bold) {
        g.setFont(bold);
        g.setPaint(Color.BLACK);
        double baseline = top + TABLE_LINE - 2;
        g.drawString("Number at risk", (float) left, (float) baseline);
        for (int k = 0; k < curves.size(); k++) {
            baseline += TABLE_LINE;
            Color colour = PALETTE[k % PALETTE.length];
            g.setPaint(colour);
            g.setFont(bold);
            String name = curves.get(k).name();
            g.drawString(name, (float) (labelRight - g.getFontMetrics().stringWidth(name)), (float) baseline);
            g.setFont(plain);
            FontMetrics metrics = g.getFontMetrics();
            for (int j = 0; j < columns.length; j++) {
                String n = Integer.toString(atRisk[k][j]);
                g.drawString(n, (float) (columns[j] - metrics.stringWidth(n) / 2.0), (float) baseline);
            }
        }
    }

    private int widestNumber(FontMetrics metrics) {
        int widest = 0;
        for (int[] row : atRisk) {
            for (int n : row) {
                widest = Math.max(widest, metrics.stringWidth(Integer.toString(n)));
            }
        }
        return widest;
    }

    /** A "+" censoring mark centred on the point. */
    private static Shape plus(double half) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(-half, 0);
        path.lineTo(half, 0);
        path.moveTo(0, -half);
        path.lineTo(0, half);
        return path;
    }

    /** DejaVu Sans from the jasperreports-fonts bundle, so the plot needs no font installed on the host. */
    private static Font font(JasperReportsContext context, int style) {
        Font font =
                FontUtil.getInstance(context).getAwtFontFromBundles("DejaVu Sans", style, FONT_SIZE, Locale.ROOT, true);
        return font != null ? font : new Font(Font.SANS_SERIF, style, 8).deriveFont(FONT_SIZE);
    }

    /** A time axis whose ticks are exactly the given times (JFreeChart would pick its own). */
    private static final class TickedAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final double[] times;

        TickedAxis(String label, double[] times) {
            super(label);
            this.times = times;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            List ticks = new ArrayList<>(times.length);
            for (double t : times) {
                ticks.add(new NumberTick(t, PrintFormat.days(t), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0));
            }
            return ticks;
        }
    }
}
