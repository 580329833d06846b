/**
 * The registry's browser UI: a backend-for-frontend. Users sign in with Keycloak (OpenID Connect authorization
 * code flow, {@link org.aaregistry.web.signin}); the pages are rendered here on the server and every datum on them
 * comes from registry-api, called with the signed-in user's access token ({@link
 * org.aaregistry.web.api.RegistryClient}), so the API authorises and audits the browser exactly like a script and
 * the token never reaches the browser. This module holds no data and no clinical rule: validation messages,
 * derived values and their explanations, code lists and their labels are the API's.
 *
 * <p>Why server-rendered pages with a small hypermedia library, rather than a component framework or a
 * single-page application: the token already lives on the server, so rendering there adds no round trip and no
 * second API; forms work as forms (what was typed comes back with the API's messages beside its fields, and a
 * stale version is answered with the differences, not a lost form); a strict Content-Security-Policy with no
 * inline script is easy to keep; and the build needs a JDK and Maven only. The libraries, all served by the
 * application from webjars (no CDN): <b>Thymeleaf</b> renders the HTML templates (every value escaped),
 * <b>htmx</b> updates parts of a page (the cohort's live size, the import's dry run, the chain's verdict),
 * <b>Bootstrap</b> is the component library (forms, tables, pagination, menus, alerts) and <b>Chart.js</b> draws
 * the counts over time and the survival and incidence curves. Pages are served by Jakarta
 * REST as a filter ({@link org.aaregistry.web.page.Pages}), so the static files fall through to the server.
 */
package org.aaregistry.web;
