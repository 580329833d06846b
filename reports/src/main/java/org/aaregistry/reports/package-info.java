/**
 * Statistics and rendering for the registry's reports. Plain Java: input is compact records such as
 * {@code (time, event, group)}, output is numbers, PDF and CSV; it knows nothing of JPA, CDI or HTTP.
 */
package org.aaregistry.reports;
