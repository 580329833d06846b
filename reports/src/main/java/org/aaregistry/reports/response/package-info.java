/**
 * Response rates — the share of evaluable patients reaching a response (complete, partial, overall) at
 * 3, 6 or 12 months — with Wilson score intervals.
 */
package org.aaregistry.reports.response;
