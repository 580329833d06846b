package org.aaregistry.patient.entity;

/** Vital status at the last contact. LOST = lost to follow-up (censored at the last contact in survival). */
public enum VitalStatus {
    ALIVE,
    DEAD,
    LOST
}
