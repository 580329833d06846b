package org.aaregistry.reports.render;

import org.aaregistry.reports.report.Report;

/** Turns a report into a document of one media type. */
public interface ReportRenderer {

    /** The media type of the documents, for the HTTP Content-Type header. */
    String mediaType();

    /**
     * @return the document's bytes
     * @throws ReportRenderingException if the document cannot be produced
     */
    byte[] render(Report report);
}
