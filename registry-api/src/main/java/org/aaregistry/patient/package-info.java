/**
 * Patients: enrolment under a pseudonymous study id at a site, demographics, diagnosis, cause and its work-up,
 * PNH clone, cytogenetics, marrow, baseline counts, follow-up and vital status, and the severity the registry
 * derives from them (Camitta criteria). Coordinators see and change only the patients of their own site(s);
 * another site's patient is answered exactly like one that does not exist.
 */
package org.aaregistry.patient;
