package org.aaregistry.labs.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.aaregistry.labs.control.CountSample;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.patient.entity.PatientRecord;
import org.aaregistry.patient.entity.PlausibleHemoglobin;
import org.aaregistry.patient.entity.PlausibleNeutrophils;
import org.aaregistry.patient.entity.PlausiblePlatelets;
import org.aaregistry.patient.entity.PlausibleReticulocytes;

/** One blood count of a patient. Plausible ranges from the data dictionary; values outside are refused. */
@Entity
@Table(name = "blood_count")
public class BloodCount extends PatientRecord {

    private LocalDate sampleDate;

    private BigDecimal hemoglobin;

    private BigDecimal anc;

    private BigDecimal platelets;

    private BigDecimal reticulocytes;

    /** Red cells transfused in the 4 weeks before the sample. */
    private boolean rbcTransfused;

    /** Platelets transfused in the 7 days before the sample. */
    private boolean plateletsTransfused;

    private boolean onGcsf;

    protected BloodCount() {}

    public BloodCount(Patient patient, Values values, String createdBy) {
        super(patient, createdBy);
        apply(values);
    }

    /** The recorded values of one count, as entered. */
    public record Values(
            @NotNull(message = "is required") @PastOrPresent(message = "must not be in the future")
            LocalDate sampleDate,

            @PlausibleHemoglobin BigDecimal hemoglobin,
            @PlausibleNeutrophils BigDecimal anc,
            @PlausiblePlatelets BigDecimal platelets,
            @PlausibleReticulocytes BigDecimal reticulocytes,
            boolean rbcTransfused,
            boolean plateletsTransfused,
            boolean onGcsf) {

        public boolean empty() {
            return hemoglobin == null && anc == null && platelets == null && reticulocytes == null;
        }
    }

    public void correct(Values values, String changedBy) {
        apply(values);
        changedBy(changedBy);
    }

    private void apply(Values values) {
        this.sampleDate = values.sampleDate();
        this.hemoglobin = values.hemoglobin();
        this.anc = values.anc();
        this.platelets = values.platelets();
        this.reticulocytes = values.reticulocytes();
        this.rbcTransfused = values.rbcTransfused();
        this.plateletsTransfused = values.plateletsTransfused();
        this.onGcsf = values.onGcsf();
    }

    public Values values() {
        return new Values(
                sampleDate, hemoglobin, anc, platelets, reticulocytes, rbcTransfused, plateletsTransfused, onGcsf);
    }

    /** The count as the response and engraftment rules read it. */
    public CountSample sample() {
        return new CountSample(
                sampleDate,
                number(hemoglobin),
                number(anc),
                number(platelets),
                number(reticulocytes),
                rbcTransfused,
                plateletsTransfused,
                onGcsf);
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    public LocalDate sampleDate() {
        return sampleDate;
    }
}
