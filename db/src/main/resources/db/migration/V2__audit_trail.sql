-- The audit trail: a change history of every clinical write and an access log of every call that touches
-- patient data, reports, exports or the audit itself. Both are append-only and hash-chained:
--   * the application role may only SELECT (and, for the access log, INSERT); UPDATE, DELETE and TRUNCATE are
--     refused by privileges and, for everyone including the owner, by triggers;
--   * every entry gets a gap-free sequence number and SHA-256(canonical content incl. the previous hash),
--     assigned under a transaction-level advisory lock per chain, so concurrent transactions and several
--     application instances on one database append one after another and can never fork the chain;
--   * the canonical content is rebuilt independently in Java by the verifier (audit.control.ChainVerifier),
--     field by field as '<byte length>:<value>;' ('N;' for null), so that no database function has to be
--     trusted to verify.
-- 21 CFR 11.10(e), EU GMP Annex 11 §9, ICH E6(R3), HIPAA 164.312(b).

CREATE TABLE audit_chain (
    chain     varchar(20) PRIMARY KEY CHECK (chain IN ('change_history', 'access_log')),
    last_seq  bigint      NOT NULL,
    last_hash bytea       NOT NULL
);
-- the genesis hash of both chains: 32 zero bytes
INSERT INTO audit_chain VALUES
    ('change_history', 0, decode(repeat('00', 32), 'hex')),
    ('access_log', 0, decode(repeat('00', 32), 'hex'));
GRANT SELECT ON audit_chain TO ${app_role};

CREATE TABLE change_history (
    seq            bigint       PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    actor_subject  varchar(100) NOT NULL,
    actor_username varchar(100) NOT NULL,
    actor_roles    varchar(200) NOT NULL,
    actor_sites    varchar(200) NOT NULL,
    request_id     varchar(64),
    operation      varchar(10)  NOT NULL CHECK (operation IN ('CREATE', 'UPDATE', 'VOID', 'DELETE')),
    entity         varchar(40)  NOT NULL,
    entity_id      uuid         NOT NULL,
    patient_id     uuid,
    study_id       varchar(40),
    changes        jsonb        NOT NULL,
    reason         text,
    prev_hash      bytea        NOT NULL,
    hash           bytea        NOT NULL
);
CREATE INDEX change_history_patient ON change_history (patient_id, seq);
CREATE INDEX change_history_study ON change_history (study_id, seq);
CREATE INDEX change_history_actor_time ON change_history (actor_username, occurred_at);
CREATE INDEX change_history_time ON change_history (occurred_at);
CREATE INDEX change_history_entity ON change_history (entity, entity_id, seq);
-- written only by the record_change trigger (SECURITY DEFINER) in the same transaction as the change
GRANT SELECT ON change_history TO ${app_role};

CREATE TABLE access_log (
    seq            bigint       PRIMARY KEY,
    occurred_at    timestamptz  NOT NULL,
    actor_subject  varchar(100),
    actor_username varchar(100),
    actor_roles    varchar(200),
    actor_sites    varchar(200),
    action         varchar(12)  NOT NULL CHECK (action IN ('READ', 'LIST', 'CREATE', 'UPDATE', 'DELETE', 'EXPORT',
                                                           'REPORT', 'IMPORT', 'AUTH_FAILED', 'DENIED')),
    resource_type  varchar(40),
    resource_id    varchar(100),
    patient_id     uuid,
    study_id       varchar(40),
    outcome        varchar(10)  NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED', 'INVALID')),
    http_status    smallint     NOT NULL,
    client_address varchar(64),
    request_id     varchar(64),
    method         varchar(10),
    path           varchar(500),
    detail         text,
    prev_hash      bytea        NOT NULL,
    hash           bytea        NOT NULL
);
-- searches by actor, patient, action and outcome, always within a time range, newest first
CREATE INDEX access_log_actor_time ON access_log (actor_username, occurred_at);
CREATE INDEX access_log_study_time ON access_log (study_id, occurred_at);
CREATE INDEX access_log_action_time ON access_log (action, occurred_at);
CREATE INDEX access_log_time ON access_log (occurred_at);
GRANT SELECT, INSERT ON access_log TO ${app_role};

-- '<byte length>:<value>;' or 'N;' for null: unambiguous whatever the values contain
CREATE FUNCTION audit_field(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v IS NULL THEN 'N;' ELSE octet_length(convert_to(v, 'UTF8')) || ':' || v || ';' END
$$;

CREATE FUNCTION audit_time(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

-- Appends an entry to its chain. A transaction-level advisory lock per chain, held until commit, lines up
-- concurrent transactions and application instances: each numbers its entries after the last committed one
-- and links them to its hash, so the chain can neither skip a number nor fork. The previous entry is read from
-- the log itself (its primary key), not from a head row: updating one row once per entry inside a large
-- transaction (an import) would make every append slower than the one before.
CREATE FUNCTION audit_chain_append() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    previous_seq  bigint;
    previous_hash bytea;
    canonical     text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('aa-registry.' || TG_TABLE_NAME));
    IF TG_TABLE_NAME = 'change_history' THEN
        SELECT c.seq, c.hash INTO previous_seq, previous_hash FROM change_history c ORDER BY c.seq DESC LIMIT 1;
    ELSE
        SELECT a.seq, a.hash INTO previous_seq, previous_hash FROM access_log a ORDER BY a.seq DESC LIMIT 1;
    END IF;
    NEW.seq := coalesce(previous_seq, 0) + 1;
    NEW.occurred_at := clock_timestamp();
    NEW.prev_hash := coalesce(previous_hash, decode(repeat('00', 32), 'hex'));
    IF TG_TABLE_NAME = 'change_history' THEN
        canonical := audit_field(NEW.seq::text) || audit_field(audit_time(NEW.occurred_at))
            || audit_field(NEW.actor_subject) || audit_field(NEW.actor_username) || audit_field(NEW.actor_roles)
            || audit_field(NEW.actor_sites) || audit_field(NEW.request_id) || audit_field(NEW.operation)
            || audit_field(NEW.entity) || audit_field(NEW.entity_id::text) || audit_field(NEW.patient_id::text)
            || audit_field(NEW.study_id) || audit_field(NEW.changes::text) || audit_field(NEW.reason)
            || audit_field(encode(NEW.prev_hash, 'hex'));
    ELSE
        canonical := audit_field(NEW.seq::text) || audit_field(audit_time(NEW.occurred_at))
            || audit_field(NEW.actor_subject) || audit_field(NEW.actor_username) || audit_field(NEW.actor_roles)
            || audit_field(NEW.actor_sites) || audit_field(NEW.action) || audit_field(NEW.resource_type)
            || audit_field(NEW.resource_id) || audit_field(NEW.patient_id::text) || audit_field(NEW.study_id)
            || audit_field(NEW.outcome) || audit_field(NEW.http_status::text) || audit_field(NEW.client_address)
            || audit_field(NEW.request_id) || audit_field(NEW.method) || audit_field(NEW.path)
            || audit_field(NEW.detail) || audit_field(encode(NEW.prev_hash, 'hex'));
    END IF;
    NEW.hash := sha256(convert_to(canonical, 'UTF8'));
    RETURN NEW;
END
$$;

-- Moves a chain's head (its last number and hash, kept apart so that the verifier notices a deleted tail) once
-- per transaction, at commit: this deferred trigger fires for every entry, but only the transaction's last entry
-- moves the head.
CREATE FUNCTION audit_chain_head() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    last_seq bigint;
BEGIN
    IF TG_TABLE_NAME = 'change_history' THEN
        SELECT max(c.seq) INTO last_seq FROM change_history c;
    ELSE
        SELECT max(a.seq) INTO last_seq FROM access_log a;
    END IF;
    IF NEW.seq = last_seq THEN
        UPDATE audit_chain SET last_seq = NEW.seq, last_hash = NEW.hash WHERE chain = TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER change_history_chain BEFORE INSERT ON change_history
    FOR EACH ROW EXECUTE FUNCTION audit_chain_append();
CREATE TRIGGER access_log_chain BEFORE INSERT ON access_log
    FOR EACH ROW EXECUTE FUNCTION audit_chain_append();
CREATE CONSTRAINT TRIGGER change_history_head AFTER INSERT ON change_history DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head();
CREATE CONSTRAINT TRIGGER access_log_head AFTER INSERT ON access_log DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION audit_chain_head();
CREATE TRIGGER change_history_append_only BEFORE UPDATE OR DELETE ON change_history
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER change_history_no_truncate BEFORE TRUNCATE ON change_history
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Records a write of clinical (or reference) data in the change history, in the same transaction as the
-- write: a change without its history row, or a history row without its change, cannot exist. The actor,
-- reason and request id come from transaction-local settings the API sets before writing
-- (audit.control.ChangeContext); a write without an actor is refused, and so is an update, void or delete
-- without a reason. Trigger arguments name derived columns: a change to those alone (a severity or an
-- engraftment date recomputed because a count changed) is recorded with an explanatory reason instead.
CREATE FUNCTION record_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = ${flyway:defaultSchema}, pg_temp AS $$
DECLARE
    actor     text := nullif(current_setting('registry.actor_subject', true), '');
    reason    text := nullif(current_setting('registry.reason', true), '');
    old_row   jsonb := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
    new_row   jsonb := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
    diff      jsonb := '{}'::jsonb;
    operation text;
    only_derived boolean := true;
    patient   uuid;
    study     text;
BEGIN
    IF actor IS NULL THEN
        RAISE EXCEPTION 'a clinical write without an actor is refused (%, %)', TG_TABLE_NAME, TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT coalesce(jsonb_object_agg(k, jsonb_build_object('old', old_row -> k, 'new', new_row -> k)), '{}'::jsonb),
           coalesce(bool_and(k = ANY (TG_ARGV) OR '*' = ANY (TG_ARGV)), true)
      INTO diff, only_derived
      FROM jsonb_object_keys(old_row || new_row) AS k
     WHERE k NOT IN ('id', 'patient_id', 'version', 'created_at', 'created_by', 'updated_at', 'updated_by')
       AND coalesce(old_row -> k, 'null'::jsonb) IS DISTINCT FROM coalesce(new_row -> k, 'null'::jsonb);
    IF diff = '{}'::jsonb THEN
        RETURN NULL;
    END IF;
    operation := CASE
        WHEN TG_OP = 'INSERT' THEN 'CREATE'
        WHEN TG_OP = 'DELETE' THEN 'DELETE'
        WHEN (new_row ->> 'voided')::boolean IS TRUE AND (old_row ->> 'voided')::boolean IS NOT TRUE THEN 'VOID'
        ELSE 'UPDATE' END;
    IF operation <> 'CREATE' AND reason IS NULL THEN
        IF only_derived THEN
            reason := 'derived value recomputed from the recorded values';
        ELSE
            RAISE EXCEPTION 'a change to % without a reason is refused', TG_TABLE_NAME
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'patient' THEN
        patient := coalesce(new_row ->> 'id', old_row ->> 'id')::uuid;
        study := coalesce(new_row ->> 'study_id', old_row ->> 'study_id');
    ELSIF (old_row || new_row) ? 'patient_id' THEN
        patient := coalesce(new_row ->> 'patient_id', old_row ->> 'patient_id')::uuid;
        SELECT p.study_id INTO study FROM patient p WHERE p.id = patient;
    END IF;
    INSERT INTO change_history (actor_subject, actor_username, actor_roles, actor_sites, request_id, operation,
                                entity, entity_id, patient_id, study_id, changes, reason, seq, occurred_at,
                                prev_hash, hash)
    VALUES (actor,
            coalesce(nullif(current_setting('registry.actor_username', true), ''), actor),
            coalesce(current_setting('registry.actor_roles', true), ''),
            coalesce(current_setting('registry.actor_sites', true), ''),
            nullif(current_setting('registry.request_id', true), ''),
            operation, TG_TABLE_NAME, coalesce(new_row ->> 'id', old_row ->> 'id')::uuid, patient, study, diff,
            reason,
            0, clock_timestamp(), ''::bytea, ''::bytea);
    RETURN NULL;
END
$$;

-- reference data is audited like clinical data
CREATE TRIGGER site_change_history AFTER INSERT OR UPDATE OR DELETE ON site
    FOR EACH ROW EXECUTE FUNCTION record_change();
