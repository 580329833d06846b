package org.aaregistry.audit.entity;

/** What a logged call did. */
public enum AccessAction {
    READ,
    LIST,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    REPORT,
    IMPORT,
    /** A token was missing, refused or expired. */
    AUTH_FAILED,
    /** A valid caller asked for something their role or site does not allow. */
    DENIED
}
