package org.aaregistry.transplant.entity;

/** The donor: MSD matched sibling, MRD_OTHER other matched relative, MUD/MMUD matched/mismatched unrelated, HAPLO haploidentical, CORD cord blood, SYNGENEIC identical twin. */
public enum DonorType {
    MSD,
    MRD_OTHER,
    MUD,
    MMUD,
    HAPLO,
    CORD,
    SYNGENEIC
}
