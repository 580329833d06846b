package org.aaregistry.patient.control;

import org.aaregistry.patient.entity.ReticulocyteMethod;

/**
 * What the Camitta criteria read: the marrow biopsy and the pre-treatment counts. Every value may be missing.
 *
 * @param cellularityPercent marrow cellularity, 0–100
 * @param residualHematopoieticPercent hematopoietic cells as a percentage of the remaining cells, 0–100
 * @param hemoglobin g/L
 * @param anc ×10⁹/L
 * @param platelets ×10⁹/L
 * @param reticulocytes absolute, ×10⁹/L
 * @param reticulocyteMethod how the reticulocytes were counted
 */
public record SeverityInputs(
        Double cellularityPercent,
        Double residualHematopoieticPercent,
        Double hemoglobin,
        Double anc,
        Double platelets,
        Double reticulocytes,
        ReticulocyteMethod reticulocyteMethod) {}
