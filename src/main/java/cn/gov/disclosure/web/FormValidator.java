package cn.gov.disclosure.web;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * Checks the request records built from forms against their own constraints, with the messages
 * in Chinese whatever language the browser asks for: the web application speaks only Chinese.
 */
@ApplicationScoped
class FormValidator {

    private final Validator validator;

    FormValidator(ValidatorFactory factory) {
        MessageInterpolator messages = factory.getMessageInterpolator();
        this.validator = factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return messages.interpolate(template, context, Locale.SIMPLIFIED_CHINESE);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return messages.interpolate(template, context, Locale.SIMPLIFIED_CHINESE);
            }
        }).getValidator();
    }

    <T> Set<ConstraintViolation<T>> validate(T request) {
        return validator.validate(request);
    }
}
