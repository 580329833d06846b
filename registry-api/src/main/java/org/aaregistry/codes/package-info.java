/**
 * The code lists of the data dictionary with their labels in the clinic's words, for clients that show or offer
 * codes (the browser UI's selects and tables): one place, so that a code added to the registry reaches every
 * screen without being written twice.
 */
package org.aaregistry.codes;
