package com.careergpt.service.support;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test class's careergpt-service (on the {@link #port} the test framework chose) in front of the one
 * identity-service with {@link GatewayTestSupport}'s default settings that every such class of the run shares: it is
 * started at the first class's context and stopped with the JVM. Test classes that need an identity-service of their
 * own settings start one with {@link GatewayTestSupport#startIdentity}.
 */
public abstract class SharedIdentityGateway {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void gatewayInFrontOfSharedIdentity(DynamicPropertyRegistry registry) {
        GatewayTestSupport.gatewayProperties(registry, identityService());
    }

    protected static ConfigurableApplicationContext identityService() {
        return Started.IDENTITY;
    }

    private static final class Started {

        static final ConfigurableApplicationContext IDENTITY = GatewayTestSupport.startIdentity();
    }
}
