/**
 * The hospitals of the network. A site's code (e.g. {@code SITE-A}) is its permanent name: patients, study ids
 * and the {@code site} claim of coordinators' tokens refer to it. Admins create and rename sites and mark them
 * inactive; a site is never deleted, since patients and audit entries keep referring to it.
 */
package org.aaregistry.site;
