package org.aaregistry.patient.entity;

import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.aaregistry.audit.entity.RecordStamp;
import org.aaregistry.audit.entity.Voiding;
import org.hibernate.annotations.UuidGenerator;

/**
 * What every part of a patient's record shares: it belongs to one patient for good, is versioned for
 * optimistic locking, remembers who created and last changed it, and is voided rather than deleted.
 */
@MappedSuperclass
public abstract class PatientRecord {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @Version
    private long version;

    @Embedded
    private RecordStamp stamp;

    @Embedded
    private Voiding voiding;

    protected PatientRecord() {}

    protected PatientRecord(Patient patient, String createdBy) {
        this.patient = Objects.requireNonNull(patient, "patient");
        this.stamp = RecordStamp.createdBy(createdBy);
        this.voiding = Voiding.NOT_VOIDED;
    }

    protected void changedBy(String username) {
        this.stamp = stamp.changedBy(username);
    }

    public void voidFor(String reason, String voidedBy) {
        this.voiding = Voiding.by(voidedBy, reason);
        this.stamp = stamp.changedBy(voidedBy);
    }

    public UUID id() {
        return id;
    }

    public Patient patient() {
        return patient;
    }

    public long version() {
        return version;
    }

    public RecordStamp stamp() {
        return stamp;
    }

    public Voiding voiding() {
        return voiding;
    }

    public boolean voided() {
        return voiding != null && voiding.voided();
    }
}
