package org.aaregistry.security.control;

/**
 * A bearer token the registry refused, fired as a CDI event so that the access log records it (as
 * AUTH_FAILED) even though no resource was reached. Never carries the token itself.
 *
 * @param reason why the token was refused, in words an auditor can read
 * @param subject the token's {@code sub} when the signature was valid, else {@code null}
 */
public record TokenRejected(String reason, String subject) {}
