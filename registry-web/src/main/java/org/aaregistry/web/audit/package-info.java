/**
 * The auditor's pages: the access log and change history searched and exported, a patient's history as a timeline, and the audit chains verified, also against a checkpoint.
 */
package org.aaregistry.web.audit;
