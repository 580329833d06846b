/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): every refusal names its HTTP status,
 * a stable problem type, the request id to quote to support, and for invalid input each offending field by
 * its JSON path. Never a stack trace, never SQL.
 */
package org.aaregistry.problem;
