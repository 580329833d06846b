package org.aaregistry.patient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;

/** Marrow cytogenetics at diagnosis. An abnormal karyotype may point to hypoplastic MDS rather than AA. */
@Embeddable
public record CytogeneticsResult(
        @Enumerated(EnumType.STRING) @Column(name = "cytogenetics")
        Cytogenetics result,

        @Size(max = 500) @Column(name = "karyotype") String karyotype) {}
