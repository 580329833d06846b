/**
 * registry-api as the pages reach it: the client that carries the user's token, the answers, and the API's problems turned into sentences a coordinator reads and messages beside the fields they name.
 */
package org.aaregistry.web.api;
