-- One current line per number and patient. The registry numbers a patient's lines in order of their start
-- (treatment.control.LineNumbering) under a lock on the patient; this is the database's own guarantee that
-- line 1 — the treatment arm of every report — is never two lines. Deferred to the end of the transaction,
-- because renumbering after an earlier-starting line is added moves numbers through a transient duplicate.
ALTER TABLE treatment_line ADD CONSTRAINT treatment_line_one_current_per_number
    EXCLUDE USING btree (patient_id WITH =, line_number WITH =) WHERE (NOT voided)
    DEFERRABLE INITIALLY DEFERRED;

-- The chains' heads only move forward, and the two rows are never removed: a deleted tail of a chain is
-- detected by comparing it with its head, so the head is protected like the logs themselves (only the
-- SECURITY DEFINER trigger audit_chain_head writes it; a superuser can still switch triggers off, which is
-- what an exported checkpoint is for).
CREATE FUNCTION audit_chain_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.chain = OLD.chain AND NEW.last_seq > OLD.last_seq THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the head of an audit chain only moves forward: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_chain_forward_only BEFORE INSERT OR UPDATE OR DELETE ON audit_chain
    FOR EACH ROW EXECUTE FUNCTION audit_chain_forward_only();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();

-- Auditor searches sort by time, then sequence number, newest first (audit.control.AuditSearch): with the
-- sequence number in the index a page is read straight off it, without sorting an actor's whole month.
CREATE INDEX access_log_actor_time_seq ON access_log (actor_username, occurred_at, seq);
CREATE INDEX access_log_study_time_seq ON access_log (study_id, occurred_at, seq);
CREATE INDEX access_log_action_time_seq ON access_log (action, occurred_at, seq);
CREATE INDEX access_log_time_seq ON access_log (occurred_at, seq);
DROP INDEX access_log_actor_time;
DROP INDEX access_log_study_time;
DROP INDEX access_log_action_time;
DROP INDEX access_log_time;
CREATE INDEX change_history_actor_time_seq ON change_history (actor_username, occurred_at, seq);
CREATE INDEX change_history_time_seq ON change_history (occurred_at, seq);
DROP INDEX change_history_actor_time;
DROP INDEX change_history_time;
