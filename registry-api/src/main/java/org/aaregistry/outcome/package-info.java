/**
 * Outcomes: responses to each treatment line at 3, 6 and 12 months and the best response — derived by the
 * registry from the counts under each named rule set (NIH by default, RACE, BSH) and kept apart from responses
 * recorded by people, so that a disagreement shows — and clinical events (relapse, clonal evolution, clinical
 * PNH; second-line therapy is derived from the treatment lines).
 */
package org.aaregistry.outcome;
