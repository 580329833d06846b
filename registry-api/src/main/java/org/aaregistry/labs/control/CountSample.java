package org.aaregistry.labs.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One blood count as the clinical rules see it: the values of one day and whether transfusions or G-CSF may
 * have raised them. Units are the registry's canonical ones (data dictionary, "Blood counts").
 *
 * @param date the day the blood was taken; required
 * @param hemoglobin g/L, or null if not measured
 * @param anc absolute neutrophil count ×10⁹/L, or null if not measured
 * @param platelets ×10⁹/L, or null if not measured
 * @param reticulocytes absolute reticulocytes ×10⁹/L, or null if not measured
 * @param rbcTransfusedPrevious4Weeks a red cell transfusion in the 4 weeks before the count
 * @param plateletsTransfusedPrevious7Days a platelet transfusion in the 7 days before the count
 * @param onGcsf the patient was on G-CSF when the count was taken
 */
public record CountSample(
        LocalDate date,
        Double hemoglobin,
        Double anc,
        Double platelets,
        Double reticulocytes,
        boolean rbcTransfusedPrevious4Weeks,
        boolean plateletsTransfusedPrevious7Days,
        boolean onGcsf) {

    public CountSample {
        Objects.requireNonNull(date, "date");
    }

    /** Red cells within 4 weeks or platelets within 7 days: the count says more about the donor than the marrow. */
    public boolean transfused() {
        return rbcTransfusedPrevious4Weeks || plateletsTransfusedPrevious7Days;
    }
}
