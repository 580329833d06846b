/**
 * Descriptive statistics for a study's baseline table ("Table 1"): n, median and interquartile range,
 * range, mean and standard deviation of continuous measurements, and counts with percentages of
 * categories. Missing values are counted, never silently dropped.
 */
package org.aaregistry.reports.summary;
