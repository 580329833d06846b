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

/** Hemoglobin in its plausible range, 20 to 250 g/L (data dictionary); values outside are refused. */
@DecimalMin("20")
@DecimalMax("250")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface PlausibleHemoglobin {

    String message() default "must be 20 to 250 g/L";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
