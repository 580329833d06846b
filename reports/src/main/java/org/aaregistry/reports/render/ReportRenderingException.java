package org.aaregistry.reports.render;

/** A report could not be rendered: a template failed to load, fill or export. */
public class ReportRenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
