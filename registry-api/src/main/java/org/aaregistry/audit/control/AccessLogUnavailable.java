package org.aaregistry.audit.control;

/**
 * The access log could not be written. The request must then fail (503): serving patient data without
 * logging it is what an audit trail that "cannot be switched off" forbids.
 */
public class AccessLogUnavailable extends RuntimeException {

    public AccessLogUnavailable(Throwable cause) {
        super("the access log cannot be written", cause);
    }
}
