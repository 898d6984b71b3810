package com.careergpt.service.llm;

import java.util.List;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

/**
 * No answer: either every route failed (503, each attempt listed) or a provider called our request malformed
 * (502: a bug on our side that a fallback must not hide). Rendered as problem+json with the {@code attempts}.
 */
public class LlmCallFailedException extends ProblemException {

    /** One provider tried, and why it gave no answer. */
    public record Attempt(String provider, String model, String error) {
    }

    private final transient List<Attempt> attempts;

    private LlmCallFailedException(ProblemType type, String detail, List<Attempt> attempts) {
        super(type, detail);
        this.attempts = List.copyOf(attempts);
        with("attempts", this.attempts);
    }

    public static LlmCallFailedException allRoutesFailed(LlmTask task, List<Attempt> attempts) {
        String tried = attempts.isEmpty() ? "none"
                : String.join(", ", attempts.stream().map(a -> a.provider() + (a.model() == null ? "" : ":" + a.model())).toList());
        return new LlmCallFailedException(ProblemType.LLM_UNAVAILABLE,
                "Every route for " + task.json() + " failed (tried " + tried + "). Try again later.", attempts);
    }

    public static LlmCallFailedException requestRefused(String provider, List<Attempt> attempts) {
        return new LlmCallFailedException(ProblemType.LLM_REQUEST_REFUSED,
                "Provider " + provider + " refused the request as malformed. This is a bug in CareerGPT, not in "
                        + "your input; it has been logged.", attempts).withProvider(provider);
    }

    private LlmCallFailedException withProvider(String provider) {
        with("provider", provider);
        return this;
    }

    public List<Attempt> attempts() {
        return attempts;
    }
}
