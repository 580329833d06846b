/**
 * Rendering of the registry's reports as PDF (JasperReports, from a template compiled at build time)
 * and as CSV (RFC 4180, with the registry's small-numbers rule). Both take the records of {@link
 * org.aaregistry.reports.report} and compute nothing: what the PDF and the CSV show is what the JSON
 * holds.
 */
package org.aaregistry.reports.render;
