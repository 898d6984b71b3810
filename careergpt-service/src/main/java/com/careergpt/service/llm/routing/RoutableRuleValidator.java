package com.careergpt.service.llm.routing;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import com.careergpt.common.web.ConstraintProblems;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.UserTier;

/** Checks {@link RoutableRule} against the tasks, tiers and the providers installed in this service. */
class RoutableRuleValidator implements ConstraintValidator<RoutableRule, RouteRule> {

    private final ProviderRegistry providers;

    RoutableRuleValidator(ProviderRegistry providers) {
        this.providers = providers;
    }

    @Override
    public boolean isValid(RouteRule rule, ConstraintValidatorContext context) {
        if (rule == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (!RouteRule.ANY.equals(rule.task()) && LlmTask.fromJson(rule.task()).isEmpty()) {
            valid = refuse(context, "task", "Unknown task '" + rule.task() + "'; use one of "
                    + List.of(LlmTask.values()).stream().map(LlmTask::json).toList() + " or *.");
        }
        if (!RouteRule.ANY.equals(rule.tier()) && UserTier.fromJson(rule.tier()).isEmpty()) {
            valid = refuse(context, "tier", "Unknown tier '" + rule.tier() + "'; use guest, verified, member or *.");
        }
        for (int i = 0; i < rule.route().size(); i++) {
            RouteEntry entry = rule.route().get(i);
            if (entry == null || entry.provider() == null || !providers.names().contains(entry.provider().strip())) {
                valid = refuse(context, "route[" + i + "].provider", "Unknown provider '"
                        + (entry == null ? null : entry.provider()) + "'; installed: " + providers.names() + ".");
            }
        }
        return valid;
    }

    private static boolean refuse(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(ConstraintProblems.literal(message))
                .addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
