package org.aaregistry.cohort.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.aaregistry.reports.render.CsvRenderer;
import org.aaregistry.reports.render.PdfRenderer;
import org.aaregistry.reports.report.Report;

/**
 * Prints reports as PDF and CSV. The first PDF filled in a fresh JVM costs seconds of class loading
 * (JasperReports, fonts), so the PDF printer is warmed up in the background when the application starts.
 */
@ApplicationScoped
public class ReportDocuments {

    private static final Logger LOG = Logger.getLogger(ReportDocuments.class.getName());

    private final PdfRenderer pdf = new PdfRenderer();

    @Resource
    ManagedExecutorService executor;

    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        executor.execute(() -> {
            long start = System.nanoTime();
            pdf.warmUp();
            LOG.info("PDF reports warmed up in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        });
    }

    public byte[] pdf(Report report) {
        return pdf.render(report);
    }

    /** CSV, with counts under five shown as {@code <5} when {@code suppressSmallCounts}. */
    public byte[] csv(Report report, boolean suppressSmallCounts) {
        return new CsvRenderer(suppressSmallCounts).render(report);
    }
}
