/**
 * Blood counts as the clinical rules read them. A count taken soon after a transfusion (red cells within 4 weeks,
 * platelets within 7 days) or on G-CSF does not show what the patient's own marrow makes, so every count carries
 * those facts beside its values; severity, response and engraftment decide from them which counts to trust.
 */
package org.aaregistry.labs.control;
