package com.careergpt.common.jwt;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a weak or missing JWT secret into a short start-up report instead of a stack trace. */
class WeakJwtSecretFailureAnalyzer extends AbstractFailureAnalyzer<WeakJwtSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WeakJwtSecretException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set JWT_SECRET (the same value for identity-service and careergpt-service) to at least 32 random "
                        + "bytes in base64, e.g. `openssl rand -base64 48`; `./careergpt up` writes one into .env.",
                cause);
    }
}
