package com.careergpt.service.scraping.collect;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OneCollectSource} against the collection limits of {@link CollectionProperties}. */
class OneCollectSourceValidator implements ConstraintValidator<OneCollectSource, CollectRequest> {

    private final CollectionProperties properties;

    OneCollectSourceValidator(CollectionProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean isValid(CollectRequest request, ConstraintValidatorContext context) {
        if (request == null) {
            return true;
        }
        int given = (request.url() != null && !request.pasted() ? 1 : 0) + (request.urls() != null ? 1 : 0)
                + (request.html() != null ? 1 : 0) + (request.text() != null ? 1 : 0);
        if (given != 1) {
            return refuse(context, "url", context.getDefaultConstraintMessageTemplate());
        }
        if (request.pasted() && request.url() != null && !copiedFrom(request.url())) {
            return refuse(context, "url", "url must be the absolute http(s) address the html or text was copied from.");
        }
        if (request.urls() != null && request.urls().size() > properties.maxUrls()) {
            return refuse(context, "urls", "At most " + properties.maxUrls() + " URLs per collection.");
        }
        for (String field : new String[] { "html", "text" }) {
            String pasted = field.equals("html") ? request.html() : request.text();
            if (pasted != null && pasted.length() > properties.maxInlineChars()) {
                return refuse(context, field, field + " is longer than " + properties.maxInlineChars() + " characters.");
            }
        }
        return true;
    }

    private static boolean copiedFrom(String url) {
        String trimmed = url.trim();
        return trimmed.length() <= CollectRequest.MAX_URL_CHARS && trimmed.matches("(?i)https?://[^\\s/]+.*");
    }

    private static boolean refuse(ConstraintValidatorContext context, String field, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
