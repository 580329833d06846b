package org.aaregistry.patient.control;

import java.util.UUID;

/**
 * Something in a patient's record changed (the patient, a count, a treatment line, a transplant). Observed
 * synchronously, in the same transaction, by the components that derive values from the record (responses,
 * engraftment), so that derived values never lag behind what they are derived from.
 */
public record PatientChanged(UUID patientId) {}
