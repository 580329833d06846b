/**
 * Competing risks: the Aalen–Johansen cumulative incidence of one cause (relapse, say) when other
 * causes (death in remission) preclude it, with Gray's variance, and Gray's (1988) k-sample test,
 * plain or stratified. Checked against R's {@code cmprsk} (2.2-11): {@code cuminc} and {@code
 * timepoints}.
 */
package org.aaregistry.reports.competingrisk;
