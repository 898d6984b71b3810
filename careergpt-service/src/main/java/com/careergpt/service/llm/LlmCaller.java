package com.careergpt.service.llm;

import java.util.Objects;

/** The user a call is made for (kept in the spend ledger) and the tier that picks its route. */
public record LlmCaller(String userId, UserTier tier) {

    public LlmCaller {
        Objects.requireNonNull(tier, "tier");
    }

    /** A call the service makes for itself (a scraper's last-resort extraction, say): routed as a member's. */
    public static LlmCaller service(String component) {
        return new LlmCaller("service:" + component, UserTier.MEMBER);
    }
}
