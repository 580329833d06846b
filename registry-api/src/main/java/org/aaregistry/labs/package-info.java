/**
 * Blood counts over time: hemoglobin (g/L), neutrophils, platelets and absolute reticulocytes (x10^9/L), with
 * whether red cells (previous 4 weeks) or platelets (previous 7 days) were transfused and whether the patient
 * was on G-CSF — responses may only be judged on counts free of all three.
 */
package org.aaregistry.labs;
