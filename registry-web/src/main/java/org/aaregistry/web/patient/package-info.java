/**
 * The coordinator's pages of the clinical record: the patient list and its completeness view, the patient's chart, and the forms that enter, correct and void every part of the record, blood counts in a keyboard-first grid.
 */
package org.aaregistry.web.patient;
