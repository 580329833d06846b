/**
 * The import page: a CSV file checked row by row with the API's dry run, then imported whole or not at all.
 */
package org.aaregistry.web.imports;
