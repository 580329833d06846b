-- The change history is appended at commit. The chain is serialised by a transaction-level advisory lock
-- (V2, audit_chain_append), held until the transaction ends; a history row written when Hibernate flushed, in
-- the middle of a request, held it through everything the request did afterwards — recomputing derived values,
-- writing the access log, network round trips to the application — and every other write of the registry
-- queued behind it (measured: most backends waiting on the advisory lock, its holder idle in ClientRead).
-- As deferred constraint triggers, record_change() runs in the commit of the very same transaction, with the
-- OLD and NEW rows of each change as they were when it happened, and the lock is held for the commit alone.
-- Nothing else changes: a change without its history row, or a history row without its change, is still
-- impossible — if the history cannot be written, the commit fails and the change is rolled back.
DROP TRIGGER site_change_history ON site;
CREATE CONSTRAINT TRIGGER site_change_history AFTER INSERT OR UPDATE OR DELETE ON site
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_change();

DROP TRIGGER patient_change_history ON patient;
CREATE CONSTRAINT TRIGGER patient_change_history AFTER INSERT OR UPDATE OR DELETE ON patient
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION record_change('severity', 'severity_rule_set', 'severity_criteria', 'severity_explanation');

DROP TRIGGER blood_count_change_history ON blood_count;
CREATE CONSTRAINT TRIGGER blood_count_change_history AFTER INSERT OR UPDATE OR DELETE ON blood_count
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_change();

DROP TRIGGER treatment_line_change_history ON treatment_line;
CREATE CONSTRAINT TRIGGER treatment_line_change_history AFTER INSERT OR UPDATE OR DELETE ON treatment_line
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_change('line_number');

DROP TRIGGER transplant_change_history ON transplant;
CREATE CONSTRAINT TRIGGER transplant_change_history AFTER INSERT OR UPDATE OR DELETE ON transplant
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    EXECUTE FUNCTION record_change('neutrophil_engraftment_derived', 'platelet_engraftment_derived');

DROP TRIGGER chimerism_change_history ON chimerism;
CREATE CONSTRAINT TRIGGER chimerism_change_history AFTER INSERT OR UPDATE OR DELETE ON chimerism
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_change();

DROP TRIGGER recorded_response_change_history ON recorded_response;
CREATE CONSTRAINT TRIGGER recorded_response_change_history AFTER INSERT OR UPDATE OR DELETE ON recorded_response
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_change();

DROP TRIGGER clinical_event_change_history ON clinical_event;
CREATE CONSTRAINT TRIGGER clinical_event_change_history AFTER INSERT OR UPDATE OR DELETE ON clinical_event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION record_change();
