/**
 * The registry's browser UI. It holds no data and no clinical rules: users sign in with Keycloak (OpenID Connect
 * authorization code flow), pages are static HTML and JavaScript, and every data request goes through {@link
 * org.aaregistry.web.relay.ApiRelay} to registry-api with the signed-in user's access token, so the API
 * authorises and audits the browser exactly like a script. The token never reaches the browser.
 */
package org.aaregistry.web;
