package org.aaregistry.outcome.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.aaregistry.outcome.control.ResponseAssessment;
import org.aaregistry.patient.entity.Patient;
import org.aaregistry.treatment.entity.TreatmentLine;
import org.hibernate.annotations.UuidGenerator;

/**
 * The response the registry derived from the counts for a line, a time point ({@code BEST} for the best
 * response) and a rule set, with the count it rests on and why. Maintained by the registry alone.
 */
@Entity
@Table(name = "derived_response")
public class DerivedResponse {

    /** The time point column's value for the best response. */
    public static final String BEST = "BEST";

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id", nullable = false, updatable = false)
    private Patient patient;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "treatment_line_id", nullable = false, updatable = false)
    private TreatmentLine treatmentLine;

    private String timePoint;

    @Enumerated(EnumType.STRING)
    private ResponseRuleSet ruleSet;

    @Enumerated(EnumType.STRING)
    private ResponseCategory category;

    private LocalDate countDate;

    private String explanation;

    @Version
    private long version;

    protected DerivedResponse() {}

    public DerivedResponse(TreatmentLine line, String timePoint, ResponseAssessment assessment) {
        this.patient = line.patient();
        this.treatmentLine = line;
        this.timePoint = timePoint;
        this.ruleSet = assessment.ruleSet();
        apply(assessment);
    }

    /** Takes the newly derived assessment; returns whether it differs from what was stored. */
    public boolean reassess(ResponseAssessment assessment) {
        if (category == assessment.category()
                && Objects.equals(countDate, assessment.countDate())
                && Objects.equals(explanation, assessment.explanation())) {
            return false;
        }
        apply(assessment);
        return true;
    }

    private void apply(ResponseAssessment assessment) {
        this.category = assessment.category();
        this.countDate = assessment.countDate();
        this.explanation = assessment.explanation();
    }

    public TreatmentLine treatmentLine() {
        return treatmentLine;
    }

    public String timePoint() {
        return timePoint;
    }

    public ResponseRuleSet ruleSet() {
        return ruleSet;
    }

    public ResponseCategory category() {
        return category;
    }

    public LocalDate countDate() {
        return countDate;
    }

    public String explanation() {
        return explanation;
    }
}
