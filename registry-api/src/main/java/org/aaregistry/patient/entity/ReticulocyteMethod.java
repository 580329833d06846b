package org.aaregistry.patient.entity;

/** How the reticulocytes were counted; automated analysers read higher, so the severe cut-off depends on it. */
public enum ReticulocyteMethod {
    AUTOMATED,
    MANUAL
}
