package org.aaregistry.audit.entity;

/** How a logged call ended. */
public enum AccessOutcome {
    SUCCESS,
    /** Refused: no or bad token, wrong role, another site's record. */
    DENIED,
    /** Invalid input or a stale version: the caller can correct and retry. */
    INVALID,
    /** The registry failed (5xx). */
    FAILED;

    public static AccessOutcome of(int status) {
        if (status < 400) {
            return SUCCESS;
        }
        if (status == 401 || status == 403) {
            return DENIED;
        }
        return status >= 500 ? FAILED : INVALID;
    }
}
