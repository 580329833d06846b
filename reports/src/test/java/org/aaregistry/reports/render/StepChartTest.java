package org.aaregistry.reports.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.aaregistry.reports.reference.ReferenceData;
import org.aaregistry.reports.report.AtRisk;
import org.aaregistry.reports.report.SurvivalReport;
import org.aaregistry.reports.report.SurvivalReports;
import org.aaregistry.reports.sample.SampleReports;
import org.aaregistry.reports.survival.ConfidenceInterval;
import org.junit.jupiter.api.Test;

class StepChartTest {
    private static final double[] AT_RISK_TIMES = {0, 25, 50, 75, 100};

    private static SurvivalReport aml() {
        return SurvivalReports.build(
                ReferenceData.amlByMaintenance(),
                ConfidenceInterval.LOG,
                0.95,
                new double[] {52},
                AT_RISK_TIMES,
                Map.of(),
                "OS",
                "DIAGNOSIS",
                SampleReports.provenance(null, null, List.of(), null));
    }

    @Test
    void timeTicksAreTheReportsNumberAtRiskTimesWithItsNumbers() {
        StepChart chart = SurvivalPages.chart(aml());

        assertThat(chart.ticks()).containsExactly(AT_RISK_TIMES);
        assertThat(chart.axisEnd()).as("the last follow-up, 161 weeks").isEqualTo(161);
        assertThat(chart.curves()).extracting(StepCurve::name).isEqualTo(ReferenceData.AML_GROUPS);
    }

    @Test
    void numberAtRiskColumnsStandUnderTheTimeTicks() {
        StepChart chart = SurvivalPages.chart(aml());
        BufferedImage image = new BufferedImage(1030, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(Color.WHITE);
        g.fillRect(0, 0, 1030, 720);
        g.scale(2, 2);
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 8);

        StepChart.Layout layout =
                chart.draw(g, new Rectangle2D.Double(0, 0, 515, 360), font, font.deriveFont(Font.BOLD));

        Rectangle2D data = layout.dataArea();
        for (int j = 0; j < AT_RISK_TIMES.length; j++) {
            double x = data.getMinX() + AT_RISK_TIMES[j] / chart.axisEnd() * data.getWidth();
            assertThat(layout.columns()[j]).as("column %d", j).isCloseTo(x, within(1e-9));
            // the axis draws its tick mark just below the data area at the same x
            assertThat(darkestBelow(image, 2 * x, 2 * data.getMaxY()))
                    .as("tick mark at %s", AT_RISK_TIMES[j])
                    .isLessThan(200);
        }
    }

    @Test
    void survivalWithoutNumberAtRiskTimesHasNoTableAndTicksCoveringFollowUp() {
        SurvivalReport report = SurvivalReports.build(
                ReferenceData.amlByMaintenance(),
                ConfidenceInterval.LOG,
                0.95,
                new double[0],
                new double[0],
                Map.of(),
                "OS",
                "DIAGNOSIS",
                SampleReports.provenance(null, null, List.of(), null));

        StepChart chart = SurvivalPages.chart(report);

        assertThat(report.groups().get(0).atRisk()).extracting(AtRisk::time).isEmpty();
        assertThat(chart.ticks()).containsExactly(0, 30, 60, 90, 120, 150, 180);
    }

    /** The darkest grey level in the few pixels under the point (the tick mark is short and anti-aliased). */
    private static int darkestBelow(BufferedImage image, double x, double y) {
        int darkest = 255;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = 1; dy <= 4; dy++) {
                int rgb = image.getRGB((int) Math.round(x) + dx, (int) Math.round(y) + dy);
                darkest = Math.min(darkest, (rgb >> 8) & 0xFF);
            }
        }
        return darkest;
    }
}
