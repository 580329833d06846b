/**
 * Readers for the R reference outputs under {@code src/test/resources/reference} (see the README
 * there): a CSV reader that turns R's {@code NA} into an absent value and a small JSON reader, so the
 * tests need neither a CSV nor a JSON library.
 */
package org.aaregistry.reports.reference;
