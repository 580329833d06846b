/**
 * When a graft takes: neutrophil engraftment is the first of three daily ANC values of at least 0.5 ×10⁹/L after
 * the post-transplant nadir, platelet engraftment the first of three daily platelet counts of at least 20 ×10⁹/L
 * free of platelet transfusion for 7 days (CIBMTR, ASTCT). The dates are derived from the recorded counts.
 */
package org.aaregistry.transplant.control;
