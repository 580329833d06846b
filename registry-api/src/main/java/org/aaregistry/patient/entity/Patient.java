package org.aaregistry.patient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.aaregistry.audit.entity.RecordStamp;
import org.aaregistry.audit.entity.Voiding;
import org.aaregistry.patient.control.Camitta;
import org.aaregistry.patient.control.SeverityInputs;
import org.hibernate.annotations.NaturalId;
import org.hibernate.annotations.UuidGenerator;

/**
 * A patient of the registry, known by a pseudonymous study id: no name, address, full date of birth or hospital
 * number is ever stored. The aggregate root of the record: counts, treatment lines, transplants, responses and
 * events belong to it. Severity is derived here from the marrow and baseline counts whenever they change.
 */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @NaturalId
    @Column(name = "study_id", nullable = false, updatable = false)
    private String studyId;

    @Column(name = "site_code", nullable = false, updatable = false)
    private String siteCode;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private int birthYear;

    private LocalDate diagnosisDate;

    @Enumerated(EnumType.STRING)
    private Cause cause;

    private String causeDetail;

    @Embedded
    private InheritedScreen inheritedScreen;

    @Embedded
    private PnhClone pnhClone;

    @Embedded
    private CytogeneticsResult cytogenetics;

    @Embedded
    private Marrow marrow;

    @Embedded
    private BaselineCounts baselineCounts;

    @Embedded
    private DerivedSeverity severity;

    @Embedded
    private FollowUp followUp;

    @Version
    private long version;

    @Embedded
    private RecordStamp stamp;

    @Embedded
    private Voiding voiding;

    protected Patient() {}

    public Patient(String studyId, String siteCode, PatientFacts facts, SeverityRuleSet ruleSet, String createdBy) {
        this.studyId = Objects.requireNonNull(studyId, "studyId");
        this.siteCode = Objects.requireNonNull(siteCode, "siteCode");
        this.stamp = RecordStamp.createdBy(createdBy);
        this.voiding = Voiding.NOT_VOIDED;
        apply(facts, ruleSet);
    }

    /** Replaces what was recorded; severity follows. */
    public void revise(PatientFacts facts, SeverityRuleSet ruleSet, String changedBy) {
        apply(facts, ruleSet);
        this.stamp = stamp.changedBy(changedBy);
    }

    public void voidFor(String reason, String voidedBy) {
        this.voiding = Voiding.by(voidedBy, reason);
        this.stamp = stamp.changedBy(voidedBy);
    }

    private void apply(PatientFacts facts, SeverityRuleSet ruleSet) {
        this.sex = facts.sex();
        this.birthYear = facts.birthYear();
        this.diagnosisDate = facts.diagnosisDate();
        this.cause = facts.cause();
        this.causeDetail = facts.causeDetail();
        this.inheritedScreen = facts.inheritedScreen();
        this.pnhClone = facts.pnhClone();
        this.cytogenetics = facts.cytogenetics();
        this.marrow = facts.marrow();
        this.baselineCounts = facts.baselineCounts();
        this.followUp = facts.followUp();
        this.severity = DerivedSeverity.of(Camitta.assess(severityInputs(), ruleSet));
    }

    /** The values the Camitta criteria look at, in the units they are stated in. */
    public SeverityInputs severityInputs() {
        Marrow m = marrow == null ? new Marrow(null, null, null) : marrow;
        BaselineCounts b = baselineCounts == null
                ? new BaselineCounts(null, null, null, null, null, null, null, null, null)
                : baselineCounts;
        return new SeverityInputs(
                number(m.cellularityPercent()),
                number(m.residualHematopoieticPercent()),
                number(b.hemoglobin()),
                number(b.anc()),
                number(b.platelets()),
                number(b.reticulocytes()),
                b.reticulocyteMethod());
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /** Age at diagnosis as the registry computes it: diagnosis year minus birth year. */
    public int ageAtDiagnosis() {
        return diagnosisDate.getYear() - birthYear;
    }

    /** The date after which nothing can have happened: the death, else the last contact (null if unknown). */
    public LocalDate lastKnownDate() {
        return followUp.deathDate() != null ? followUp.deathDate() : followUp.lastContactDate();
    }

    public PatientFacts facts() {
        return new PatientFacts(
                sex,
                birthYear,
                diagnosisDate,
                cause,
                causeDetail,
                inheritedScreen,
                pnhClone,
                cytogenetics,
                marrow,
                baselineCounts,
                followUp);
    }

    public UUID id() {
        return id;
    }

    public String studyId() {
        return studyId;
    }

    public String siteCode() {
        return siteCode;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate diagnosisDate() {
        return diagnosisDate;
    }

    public BaselineCounts baselineCounts() {
        return baselineCounts;
    }

    public DerivedSeverity severity() {
        return severity;
    }

    public FollowUp followUp() {
        return followUp;
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
