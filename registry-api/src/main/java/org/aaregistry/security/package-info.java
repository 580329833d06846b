/**
 * Who is calling: the verified Keycloak access token (MicroProfile JWT) seen as a {@link
 * org.aaregistry.security.control.Caller} with registry roles and site scope. Tokens are verified by Payara's
 * MP-JWT against the realm's keys, issuer and the {@code registry-api} audience; {@link
 * org.aaregistry.security.control.TokenGate} adds the checks Payara leaves out and records every rejected token in
 * the access log.
 */
package org.aaregistry.security;
