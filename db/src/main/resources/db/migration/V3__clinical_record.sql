-- The aplastic anemia record (codes, units and ranges: ../shared/DATA_DICTIONARY.md). Canonical units:
-- counts x10^9/L, hemoglobin g/L, percentages 0-100. Every table keeps who created and last changed a row,
-- a version for optimistic locking, and a void flag with its reason: clinical data is voided, never deleted
-- (the application role has no DELETE). Every write is recorded by record_change() in the change history.

CREATE TABLE patient (
    id                                    uuid         PRIMARY KEY,
    study_id                              varchar(40)  NOT NULL,
    site_code                             varchar(20)  NOT NULL REFERENCES site (code),
    sex                                   varchar(1)   NOT NULL CHECK (sex IN ('M', 'F', 'U')),
    birth_year                            integer      NOT NULL CHECK (birth_year BETWEEN 1900 AND 2200),
    diagnosis_date                        date         NOT NULL,
    cause                                 varchar(20)  NOT NULL CHECK (cause IN ('IDIOPATHIC', 'DRUG', 'TOXIN',
                                              'RADIATION_CHEMO', 'HEPATITIS', 'PREGNANCY', 'PNH_ASSOCIATED',
                                              'OTHER_IMMUNE', 'VIRAL', 'IBMF_FANCONI', 'IBMF_TELOMERE', 'IBMF_SDS',
                                              'IBMF_GATA2', 'IBMF_OTHER', 'UNKNOWN')),
    cause_detail                          varchar(500),
    breakage_test                         varchar(10)  CHECK (breakage_test IN ('NOT_DONE', 'NEGATIVE', 'POSITIVE')),
    telomere_length_percentile            numeric(5, 2) CHECK (telomere_length_percentile BETWEEN 0 AND 100),
    genetic_panel                         varchar(10)  CHECK (genetic_panel IN ('NOT_DONE', 'NEGATIVE', 'POSITIVE')),
    genetic_panel_result                  varchar(500),
    pnh_clone_percent                     numeric(5, 2) CHECK (pnh_clone_percent BETWEEN 0 AND 100),
    pnh_clone_date                        date,
    cytogenetics                          varchar(10)  CHECK (cytogenetics IN ('NORMAL', 'ABNORMAL')),
    karyotype                             varchar(500),
    marrow_cellularity_percent            numeric(5, 2) CHECK (marrow_cellularity_percent BETWEEN 0 AND 100),
    marrow_residual_hematopoietic_percent numeric(5, 2) CHECK (marrow_residual_hematopoietic_percent BETWEEN 0 AND 100),
    marrow_biopsy_date                    date,
    baseline_hemoglobin                   numeric(5, 1) CHECK (baseline_hemoglobin BETWEEN 20 AND 250),
    baseline_anc                          numeric(6, 3) CHECK (baseline_anc BETWEEN 0 AND 100),
    baseline_platelets                    numeric(6, 1) CHECK (baseline_platelets BETWEEN 0 AND 2000),
    baseline_reticulocytes                numeric(6, 1) CHECK (baseline_reticulocytes BETWEEN 0 AND 1000),
    baseline_reticulocyte_method          varchar(10)  CHECK (baseline_reticulocyte_method IN ('AUTOMATED', 'MANUAL')),
    baseline_count_date                   date,
    baseline_on_gcsf                      boolean,
    baseline_rbc_transfusion_dependent    boolean,
    baseline_platelet_transfusion_dependent boolean,
    severity                              varchar(20)  NOT NULL CHECK (severity IN ('VSAA', 'SAA', 'NSAA',
                                              'CRITERIA_NOT_MET', 'NOT_ASSESSABLE')),
    severity_rule_set                     varchar(12)  NOT NULL CHECK (severity_rule_set IN ('CAMITTA_60', 'CAMITTA_50')),
    severity_criteria                     text         NOT NULL,
    severity_explanation                  text         NOT NULL,
    vital_status                          varchar(5)   NOT NULL CHECK (vital_status IN ('ALIVE', 'DEAD', 'LOST')),
    last_contact_date                     date,
    death_date                            date,
    cause_of_death                        varchar(20)  CHECK (cause_of_death IN ('AA_RELATED', 'INFECTION', 'BLEEDING',
                                              'GVHD', 'GRAFT_FAILURE', 'MDS_AML', 'OTHER_MALIGNANCY', 'OTHER', 'UNKNOWN')),
    version                               bigint       NOT NULL DEFAULT 0,
    created_at                            timestamptz  NOT NULL,
    created_by                            varchar(100) NOT NULL,
    updated_at                            timestamptz,
    updated_by                            varchar(100),
    voided                                boolean      NOT NULL DEFAULT false,
    voided_at                             timestamptz,
    voided_by                             varchar(100),
    void_reason                           varchar(500),
    -- study ids are never reused, not even after a void; concurrent creates: one wins, one gets 409
    CONSTRAINT patient_study_id_unique UNIQUE (study_id),
    CONSTRAINT patient_study_id_format CHECK (study_id ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$'),
    CONSTRAINT patient_dead_has_death_date CHECK ((vital_status = 'DEAD') = (death_date IS NOT NULL)),
    CONSTRAINT patient_death_is_last_contact CHECK (death_date IS NULL OR last_contact_date = death_date),
    CONSTRAINT patient_cause_of_death_only_if_dead CHECK (cause_of_death IS NULL OR vital_status = 'DEAD'),
    CONSTRAINT patient_void_has_reason CHECK (NOT voided OR void_reason IS NOT NULL)
);
CREATE INDEX patient_site_list ON patient (site_code, voided, study_id);
CREATE INDEX patient_site_diagnosis ON patient (site_code, diagnosis_date);
CREATE INDEX patient_diagnosis ON patient (diagnosis_date);

CREATE TABLE blood_count (
    id                   uuid         PRIMARY KEY,
    patient_id           uuid         NOT NULL REFERENCES patient (id),
    sample_date          date         NOT NULL,
    hemoglobin           numeric(5, 1) CHECK (hemoglobin BETWEEN 20 AND 250),
    anc                  numeric(6, 3) CHECK (anc BETWEEN 0 AND 100),
    platelets            numeric(6, 1) CHECK (platelets BETWEEN 0 AND 2000),
    reticulocytes        numeric(6, 1) CHECK (reticulocytes BETWEEN 0 AND 1000),
    -- red cells transfused in the 4 weeks, platelets in the 7 days before the sample
    rbc_transfused       boolean      NOT NULL DEFAULT false,
    platelets_transfused boolean      NOT NULL DEFAULT false,
    on_gcsf              boolean      NOT NULL DEFAULT false,
    version              bigint       NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL,
    created_by           varchar(100) NOT NULL,
    updated_at           timestamptz,
    updated_by           varchar(100),
    voided               boolean      NOT NULL DEFAULT false,
    voided_at            timestamptz,
    voided_by            varchar(100),
    void_reason          varchar(500),
    CONSTRAINT blood_count_has_a_value CHECK (coalesce(hemoglobin, anc, platelets, reticulocytes) IS NOT NULL),
    CONSTRAINT blood_count_void_has_reason CHECK (NOT voided OR void_reason IS NOT NULL)
);
CREATE INDEX blood_count_patient ON blood_count (patient_id, sample_date);

CREATE TABLE treatment_line (
    id             uuid         PRIMARY KEY,
    patient_id     uuid         NOT NULL REFERENCES patient (id),
    line_number    integer      NOT NULL CHECK (line_number >= 1),
    regimen        varchar(20)  NOT NULL CHECK (regimen IN ('SUPPORTIVE', 'HATG_CSA', 'HATG_CSA_EPAG', 'RATG_CSA',
                                    'ALEMTUZUMAB', 'CSA_ALONE', 'ANDROGEN', 'TPO_RA', 'HSCT', 'OTHER')),
    regimen_detail varchar(200),
    start_date     date         NOT NULL,
    end_date       date,
    intent         varchar(12)  CHECK (intent IN ('FIRST_LINE', 'SALVAGE', 'RETREATMENT')),
    stop_reason    varchar(20)  CHECK (stop_reason IN ('COMPLETED', 'NO_RESPONSE', 'RELAPSE', 'TOXICITY',
                                    'CLONAL_EVOLUTION', 'TRANSPLANT', 'DEATH', 'OTHER')),
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    updated_at     timestamptz,
    updated_by     varchar(100),
    voided         boolean      NOT NULL DEFAULT false,
    voided_at      timestamptz,
    voided_by      varchar(100),
    void_reason    varchar(500),
    CONSTRAINT treatment_line_dates_in_order CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT treatment_line_other_named CHECK (regimen <> 'OTHER' OR regimen_detail IS NOT NULL),
    CONSTRAINT treatment_line_void_has_reason CHECK (NOT voided OR void_reason IS NOT NULL)
);
CREATE INDEX treatment_line_patient ON treatment_line (patient_id, line_number);
-- reports' treatment arm: the regimen of line 1
CREATE INDEX treatment_line_first ON treatment_line (regimen) WHERE line_number = 1 AND NOT voided;

CREATE TABLE transplant (
    id                             uuid         PRIMARY KEY,
    patient_id                     uuid         NOT NULL REFERENCES patient (id),
    transplant_date                date         NOT NULL,
    donor_type                     varchar(10)  NOT NULL CHECK (donor_type IN ('MSD', 'MRD_OTHER', 'MUD', 'MMUD', 'HAPLO',
                                                    'CORD', 'SYNGENEIC')),
    hla_match                      varchar(5)   CHECK (hla_match ~ '^[0-9]{1,2}/[0-9]{1,2}$'),
    graft_source                   varchar(10)  CHECK (graft_source IN ('BM', 'PBSC', 'CORD', 'BM_PBSC')),
    conditioning                   varchar(20)  CHECK (conditioning IN ('CY_ATG', 'FLU_CY_ATG', 'FLU_CY_ATG_TBI',
                                                    'FLU_CY_ALEMTUZUMAB', 'PTCY_HAPLO', 'OTHER')),
    conditioning_intensity         varchar(3)   CHECK (conditioning_intensity IN ('MAC', 'RIC', 'NMA')),
    gvhd_prophylaxis               varchar(15)  CHECK (gvhd_prophylaxis IN ('CSA_MTX', 'CSA_MMF', 'TAC_MTX',
                                                    'PTCY_TAC_MMF', 'OTHER')),
    neutrophil_engraftment_date    date,
    platelet_engraftment_date      date,
    neutrophil_engraftment_derived date,
    platelet_engraftment_derived   date,
    graft_failure                  varchar(10)  NOT NULL DEFAULT 'NONE'
                                                CHECK (graft_failure IN ('NONE', 'PRIMARY', 'SECONDARY')),
    graft_failure_date             date,
    acute_gvhd_grade               integer      CHECK (acute_gvhd_grade BETWEEN 0 AND 4),
    acute_gvhd_onset               date,
    chronic_gvhd                   varchar(10)  CHECK (chronic_gvhd IN ('NONE', 'MILD', 'MODERATE', 'SEVERE')),
    chronic_gvhd_onset             date,
    version                        bigint       NOT NULL DEFAULT 0,
    created_at                     timestamptz  NOT NULL,
    created_by                     varchar(100) NOT NULL,
    updated_at                     timestamptz,
    updated_by                     varchar(100),
    voided                         boolean      NOT NULL DEFAULT false,
    voided_at                      timestamptz,
    voided_by                      varchar(100),
    void_reason                    varchar(500),
    CONSTRAINT transplant_void_has_reason CHECK (NOT voided OR void_reason IS NOT NULL)
);
CREATE INDEX transplant_patient ON transplant (patient_id, transplant_date);

CREATE TABLE chimerism (
    id            uuid         PRIMARY KEY,
    patient_id    uuid         NOT NULL REFERENCES patient (id),
    transplant_id uuid         NOT NULL REFERENCES transplant (id),
    sample_date   date         NOT NULL,
    lineage       varchar(12)  NOT NULL CHECK (lineage IN ('WHOLE_BLOOD', 'T_CELL', 'MYELOID')),
    donor_percent numeric(5, 2) NOT NULL CHECK (donor_percent BETWEEN 0 AND 100),
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    updated_at    timestamptz,
    updated_by    varchar(100),
    voided        boolean      NOT NULL DEFAULT false,
    voided_at     timestamptz,
    voided_by     varchar(100),
    void_reason   varchar(500),
    CONSTRAINT chimerism_void_has_reason CHECK (NOT voided OR void_reason IS NOT NULL)
);
CREATE INDEX chimerism_transplant ON chimerism (transplant_id, sample_date);

-- A response recorded by a person (entered with a reason, or imported), kept apart from the derived one.
CREATE TABLE recorded_response (
    id                uuid         PRIMARY KEY,
    patient_id        uuid         NOT NULL REFERENCES patient (id),
    treatment_line_id uuid         NOT NULL REFERENCES treatment_line (id),
    time_point        varchar(10)  NOT NULL CHECK (time_point IN ('MONTH_3', 'MONTH_6', 'MONTH_12')),
    category          varchar(2)   NOT NULL CHECK (category IN ('CR', 'PR', 'NR')),
    source            varchar(10)  NOT NULL CHECK (source IN ('ENTERED', 'IMPORTED')),
    note              varchar(500) NOT NULL,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(100) NOT NULL,
    updated_at        timestamptz,
    updated_by        varchar(100),
    voided            boolean      NOT NULL DEFAULT false,
    voided_at         timestamptz,
    voided_by         varchar(100),
    void_reason       varchar(500),
    CONSTRAINT recorded_response_void_has_reason CHECK (NOT voided OR void_reason IS NOT NULL)
);
CREATE UNIQUE INDEX recorded_response_one_per_point ON recorded_response (treatment_line_id, time_point) WHERE NOT voided;
CREATE INDEX recorded_response_patient ON recorded_response (patient_id);

-- Responses the registry derives from the counts, per line, time point (BEST = best response) and rule set.
-- Maintained by the registry only: recomputed whenever a count, line or transplant of the patient changes.
CREATE TABLE derived_response (
    id                uuid         PRIMARY KEY,
    patient_id        uuid         NOT NULL REFERENCES patient (id),
    treatment_line_id uuid         NOT NULL REFERENCES treatment_line (id),
    time_point        varchar(10)  NOT NULL CHECK (time_point IN ('MONTH_3', 'MONTH_6', 'MONTH_12', 'BEST')),
    rule_set          varchar(5)   NOT NULL CHECK (rule_set IN ('NIH', 'RACE', 'BSH')),
    category          varchar(15)  NOT NULL CHECK (category IN ('CR', 'PR', 'NR', 'NOT_ASSESSABLE')),
    count_date        date,
    explanation       text         NOT NULL,
    version           bigint       NOT NULL DEFAULT 0,
    CONSTRAINT derived_response_one_per_rule UNIQUE (treatment_line_id, time_point, rule_set)
);
CREATE INDEX derived_response_patient ON derived_response (patient_id);

CREATE TABLE clinical_event (
    id          uuid         PRIMARY KEY,
    patient_id  uuid         NOT NULL REFERENCES patient (id),
    event_type  varchar(20)  NOT NULL CHECK (event_type IN ('RELAPSE', 'CLONAL_EVOLUTION', 'PNH_CLINICAL')),
    event_date  date         NOT NULL,
    subtype     varchar(25)  CHECK (subtype IN ('MDS', 'AML', 'CYTOGENETIC_HIGH_RISK', 'CYTOGENETIC_OTHER')),
    detail      varchar(500),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(100) NOT NULL,
    updated_at  timestamptz,
    updated_by  varchar(100),
    voided      boolean      NOT NULL DEFAULT false,
    voided_at   timestamptz,
    voided_by   varchar(100),
    void_reason varchar(500),
    CONSTRAINT clinical_event_subtype_for_clonal_evolution
        CHECK ((event_type = 'CLONAL_EVOLUTION') = (subtype IS NOT NULL)),
    CONSTRAINT clinical_event_void_has_reason CHECK (NOT voided OR void_reason IS NOT NULL)
);
CREATE INDEX clinical_event_patient ON clinical_event (patient_id, event_date);

GRANT SELECT, INSERT, UPDATE ON patient, blood_count, treatment_line, transplant, chimerism, recorded_response,
    derived_response, clinical_event TO ${app_role};

CREATE TRIGGER patient_change_history AFTER INSERT OR UPDATE OR DELETE ON patient FOR EACH ROW
    EXECUTE FUNCTION record_change('severity', 'severity_rule_set', 'severity_criteria', 'severity_explanation');
CREATE TRIGGER blood_count_change_history AFTER INSERT OR UPDATE OR DELETE ON blood_count FOR EACH ROW
    EXECUTE FUNCTION record_change();
CREATE TRIGGER treatment_line_change_history AFTER INSERT OR UPDATE OR DELETE ON treatment_line FOR EACH ROW
    EXECUTE FUNCTION record_change('line_number');
CREATE TRIGGER transplant_change_history AFTER INSERT OR UPDATE OR DELETE ON transplant FOR EACH ROW
    EXECUTE FUNCTION record_change('neutrophil_engraftment_derived', 'platelet_engraftment_derived');
CREATE TRIGGER chimerism_change_history AFTER INSERT OR UPDATE OR DELETE ON chimerism FOR EACH ROW
    EXECUTE FUNCTION record_change();
CREATE TRIGGER recorded_response_change_history AFTER INSERT OR UPDATE OR DELETE ON recorded_response FOR EACH ROW
    EXECUTE FUNCTION record_change();
CREATE TRIGGER derived_response_change_history AFTER INSERT OR UPDATE OR DELETE ON derived_response FOR EACH ROW
    EXECUTE FUNCTION record_change('*');
CREATE TRIGGER clinical_event_change_history AFTER INSERT OR UPDATE OR DELETE ON clinical_event FOR EACH ROW
    EXECUTE FUNCTION record_change();

-- POST retries: the first answer to a key is kept and replayed; the same key with another body is refused.
CREATE TABLE idempotency_key (
    actor_subject varchar(100) NOT NULL,
    idempotency_key varchar(100) NOT NULL,
    request_hash  varchar(64)  NOT NULL,
    method        varchar(10)  NOT NULL,
    path          varchar(500) NOT NULL,
    status        smallint,
    location      varchar(500),
    etag          varchar(40),
    response_body text,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor_subject, idempotency_key)
);
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key TO ${app_role};
