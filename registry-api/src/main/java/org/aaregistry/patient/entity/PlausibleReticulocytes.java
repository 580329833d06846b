package org.aaregistry.patient.entity;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Absolute reticulocyte count in its plausible range, 0 to 1000 x10^9/L (data dictionary); values outside are refused. */
@DecimalMin("0")
@DecimalMax("1000")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface PlausibleReticulocytes {

    String message() default "must be 0 to 1000 x10^9/L";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
