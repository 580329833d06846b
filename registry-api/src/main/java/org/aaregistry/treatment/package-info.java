/**
 * Treatment lines: each course of therapy with its regimen, dates, intent and why it stopped. Lines are
 * numbered by the registry in order of their start; the regimen of line 1 is the patient's treatment arm in
 * reports, and the start of line 2 is the second-line therapy event of event-free survival.
 */
package org.aaregistry.treatment;
