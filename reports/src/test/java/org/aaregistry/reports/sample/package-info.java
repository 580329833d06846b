/**
 * Reports of made-up, clinically plausible cohorts (seeded, so every run sees the same numbers) for the
 * rendering tests and the sample PDFs they write to {@code target/report-samples}.
 */
package org.aaregistry.reports.sample;
