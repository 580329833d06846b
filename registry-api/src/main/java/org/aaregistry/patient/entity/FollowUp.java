package org.aaregistry.patient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;

/**
 * The latest follow-up: the date of last contact and the vital status then. A dead patient's last contact is
 * the date of death; overall survival censors the living at the last contact.
 */
@Embeddable
public record FollowUp(
        @NotNull(message = "is required") @Enumerated(EnumType.STRING) @Column(name = "vital_status")
        VitalStatus vitalStatus,

        @PastOrPresent(message = "must not be in the future") @Column(name = "last_contact_date")
        LocalDate lastContactDate,

        @PastOrPresent(message = "must not be in the future") @Column(name = "death_date")
        LocalDate deathDate,

        @Enumerated(EnumType.STRING) @Column(name = "cause_of_death")
        CauseOfDeath causeOfDeath) {}
