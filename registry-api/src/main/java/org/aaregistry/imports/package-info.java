/**
 * Bulk import of patients from the CSV format of the data dictionary (one row per patient: diagnosis, baseline,
 * first line with its recorded responses, relapse, clonal evolution, transplant, follow-up). Every row passes the
 * same rules as the API — each row is turned into the same JSON the API reads — and a problem is reported by row
 * number and column. A dry run only checks; a real run imports the whole file in one transaction or nothing.
 */
package org.aaregistry.imports;
