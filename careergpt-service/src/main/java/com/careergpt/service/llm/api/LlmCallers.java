package com.careergpt.service.llm.api;

import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.UserTier;
import com.careergpt.service.security.Caller;

/** The router's view of who asks: the user and the tier their routes are chosen by. */
public final class LlmCallers {

    private LlmCallers() {
    }

    public static LlmCaller of(Caller caller) {
        UserTier tier = caller.kind() != Caller.Kind.VERIFIED ? UserTier.GUEST
                : "member".equals(caller.state()) ? UserTier.MEMBER : UserTier.VERIFIED;
        return new LlmCaller(caller.userId(), tier);
    }
}
