package org.aaregistry.audit.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.aaregistry.audit.entity.AccessAction;

/**
 * What the current request touched, filled in by the boundary as it learns it (the record id, the patient),
 * and written to the access log when the response is ready. A request for another site's record is marked
 * denied here although it is answered exactly like a missing record (404).
 */
@RequestScoped
public class AccessRecord {

    private String resourceId;
    private UUID patientId;
    private String studyId;
    private String detail;
    private AccessAction action;
    private boolean denied;

    public void resource(Object id) {
        this.resourceId = id == null ? null : id.toString();
    }

    public void patient(UUID id, String studyId) {
        this.patientId = id;
        this.studyId = studyId;
    }

    /** Parameters worth an auditor's eye (report filters, import size); never clinical values. */
    public void detail(String detail) {
        this.detail = detail;
    }

    /** Overrides the declared action, e.g. EXPORT when a search is answered as CSV. */
    public void action(AccessAction action) {
        this.action = action;
    }

    /** The caller asked for a record outside their site: logged as DENIED, answered as not found. */
    public void denied(String why) {
        this.denied = true;
        this.detail = why;
    }

    public String resourceId() {
        return resourceId;
    }

    public UUID patientId() {
        return patientId;
    }

    public String studyId() {
        return studyId;
    }

    public String detail() {
        return detail;
    }

    public AccessAction action() {
        return action;
    }

    public boolean isDenied() {
        return denied;
    }
}
