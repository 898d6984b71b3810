package com.careergpt.service.llm.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Two scripted providers, {@code alpha} and {@code beta}, for tests whose routes name them. */
@TestConfiguration(proxyBeanMethods = false)
public class AlphaBetaProviders {

    @Bean
    ScriptedProvider alpha() {
        return new ScriptedProvider("alpha");
    }

    @Bean
    ScriptedProvider beta() {
        return new ScriptedProvider("beta");
    }
}
