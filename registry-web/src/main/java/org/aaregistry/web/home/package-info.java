/**
 * The start page: what the signed-in user's roles let them do, with the way in to each.
 */
package org.aaregistry.web.home;
