package com.careergpt.identity.verification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import com.careergpt.identity.user.EmailAddresses;

/** The value is an email address as {@link EmailAddresses#isValid(String)} defines it. */
@Documented
@Constraint(validatedBy = ValidEmail.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidEmail {

    String message() default "must be a valid email address such as name@example.com";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidEmail, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value != null && EmailAddresses.hasInvisibleCharacters(value)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(
                        "must not contain invisible formatting or bidirectional control characters")
                        .addConstraintViolation();
                return false;
            }
            return EmailAddresses.isValid(value);
        }
    }
}
