package org.aaregistry.patient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The work-up for an inherited marrow failure syndrome: chromosome breakage (Fanconi anemia), telomere length
 * (telomere biology disorders; percentile for age) and a genetic panel. Missing an inherited cause changes
 * treatment: immunosuppression does not work and related donors must be screened.
 */
@Embeddable
public record InheritedScreen(
        @Enumerated(EnumType.STRING) @Column(name = "breakage_test")
        ScreenResult breakageTest,

        @DecimalMin(value = "0", message = "must be a percentile from 0 to 100")
        @DecimalMax(value = "100", message = "must be a percentile from 0 to 100")
        @Column(name = "telomere_length_percentile")
        BigDecimal telomereLengthPercentile,

        @Enumerated(EnumType.STRING) @Column(name = "genetic_panel")
        ScreenResult geneticPanel,

        @Size(max = 500) @Column(name = "genetic_panel_result")
        String geneticPanelResult) {}
