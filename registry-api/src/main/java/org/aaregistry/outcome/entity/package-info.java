/**
 * The vocabulary of response to treatment: complete, partial or no response at 3, 6 and 12 months after a line
 * starts, and the named rule sets (NIH, RACE, BSH) whose published thresholds define those categories. A derived
 * response is never stored without its rule set.
 */
package org.aaregistry.outcome.entity;
