/**
 * How severe a patient's aplastic anemia is, by the Camitta criteria as the BSH guideline gives them (Killick et
 * al. 2016): a hypocellular marrow plus severe cytopenias make SAA, an ANC below 0.2 ×10⁹/L makes it very severe,
 * milder cytopenias make NSAA. Each criterion is met, not met or unknown, and a category is given only when the
 * missing values could not change it.
 */
package org.aaregistry.patient.control;
