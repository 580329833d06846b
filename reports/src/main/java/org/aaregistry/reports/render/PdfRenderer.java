package org.aaregistry.reports.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.aaregistry.reports.report.AtRisk;
import org.aaregistry.reports.report.CohortSummaryReport;
import org.aaregistry.reports.report.CurvePoint;
import org.aaregistry.reports.report.Estimate;
import org.aaregistry.reports.report.IncidenceReport;
import org.aaregistry.reports.report.Provenance;
import org.aaregistry.reports.report.Report;
import org.aaregistry.reports.report.ResponseReport;
import org.aaregistry.reports.report.SurvivalGroup;
import org.aaregistry.reports.report.SurvivalReport;
import org.aaregistry.reports.report.TransplantReport;

/**
 * Renders reports as A4 PDF with JasperReports. The template was compiled to {@code
 * RegistryReport.jasper} at build time and is loaded once, so filling needs no compiler; an instance is
 * immutable and may be shared by concurrent requests.
 */
public final class PdfRenderer implements ReportRenderer {
    static final String TEMPLATE = "RegistryReport.jasper";

    private final JasperReport template;

    /** @throws ReportRenderingException if the compiled template is missing from the class path */
    public PdfRenderer() {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new ReportRenderingException(
                        TEMPLATE + " is not on the class path; it is compiled by the reports build", null);
            }
            template = (JasperReport) JRLoader.loadObject(in);
        } catch (IOException | JRException e) {
            throw new ReportRenderingException("cannot load the report template " + TEMPLATE, e);
        }
    }

    /**
     * Renders a tiny report once, so that the class loading and font set-up of the first fill (about
     * 2–3 s in a fresh JVM; later fills take 0.1–0.3 s) happen at application start, not in the first
     * request. Returns this renderer.
     */
    public PdfRenderer warmUp() {
        Provenance provenance =
                new Provenance("system", Instant.EPOCH, LocalDate.EPOCH, "warm-up", null, null, List.of(), null);
        render(new SurvivalReport(
                Map.of(),
                "OS",
                "DIAGNOSIS",
                "LOG",
                0.95,
                List.of(new SurvivalGroup(
                        "all",
                        1,
                        1,
                        new Estimate(1.0, null, null),
                        List.of(),
                        List.of(new AtRisk(0, 1)),
                        List.of(new CurvePoint(1, 1, 1, 0, 0, null, null, null)))),
                null,
                provenance));
        return this;
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public byte[] render(Report report) {
        PrintedReport printed = printed(report);
        return export(fill(printed), printed.title(), report.provenance().generatedBy());
    }

    /** The report as the template prints it. */
    static PrintedReport printed(Report report) {
        return switch (report) {
            case SurvivalReport survival -> SurvivalPages.of(survival);
            case IncidenceReport incidence -> IncidencePages.of(incidence);
            case ResponseReport response -> ResponsePages.of(response);
            case CohortSummaryReport summary -> SummaryPages.of(summary);
            case TransplantReport transplant -> SummaryPages.of(transplant);
        };
    }

    /** Fills the template: the pages, before export. */
    JasperPrint fill(PrintedReport printed) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("title", printed.title());
        parameters.put("footer", printed.footer());
        try {
            return JasperFillManager.fillReport(template, parameters, new JRMapCollectionDataSource(printed.rows()));
        } catch (JRException e) {
            throw new ReportRenderingException("cannot fill the report " + printed.title(), e);
        }
    }

    private static byte[] export(JasperPrint print, String title, String author) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(title);
        configuration.setMetadataAuthor(author);
        configuration.setMetadataCreator("aa-registry");
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new ReportRenderingException("cannot export the report as PDF", e);
        }
        return pdf.toByteArray();
    }
}
