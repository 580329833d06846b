/**
 * The vocabulary of a patient's disease severity: the Camitta categories (VSAA, SAA, NSAA), the statements that
 * the criteria are not met or cannot be assessed, and the named rule sets for the reticulocyte cut-off on which
 * published sources differ. A severity is never stored without the rule set that produced it.
 */
package org.aaregistry.patient.entity;
