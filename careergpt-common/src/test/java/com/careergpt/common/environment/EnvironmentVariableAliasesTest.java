package com.careergpt.common.environment;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careergpt.common.jwt.JwtProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class EnvironmentVariableAliasesTest {

    @Test
    void aDocumentedVariableSetsThePropertyItIsAnAliasOf() {
        StandardEnvironment environment = environment(Map.of("JWT_ISSUER", "another-issuer", "JWT_SECRET", "c2VjcmV0"));

        JwtProperties jwt = Binder.get(environment).bindOrCreate("careergpt.jwt", JwtProperties.class);

        assertThat(jwt.issuer()).isEqualTo("another-issuer");
        assertThat(jwt.secret()).isEqualTo("c2VjcmV0");
        assertThat(jwt.maxAccessTokenLifetime()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void withoutTheVariableThePropertyKeepsTheDefaultOfItsRecord() {
        StandardEnvironment environment = environment(Map.of());

        JwtProperties jwt = Binder.get(environment).bindOrCreate("careergpt.jwt", JwtProperties.class);

        assertThat(jwt.issuer()).isEqualTo("careergpt-identity");
        assertThat(environment.getPropertySources().contains(EnvironmentVariableAliases.PROPERTY_SOURCE_NAME)).isFalse();
    }

    @Test
    void anEmptyVariableCountsAsUnset() {
        StandardEnvironment environment = environment(Map.of("JWT_ISSUER", ""));

        assertThat(Binder.get(environment).bindOrCreate("careergpt.jwt", JwtProperties.class).issuer())
                .isEqualTo("careergpt-identity");
    }

    @Test
    void thePropertysOwnRelaxedVariableWinsOverTheAlias() {
        StandardEnvironment environment = environment(
                Map.of("JWT_ISSUER", "alias", "CAREERGPT_JWT_ISSUER", "relaxed"));

        assertThat(environment.getProperty("careergpt.jwt.issuer")).isEqualTo("relaxed");
    }

    @Test
    void theAliasWinsOverAConfigurationFileAndLosesToASystemProperty() {
        StandardEnvironment environment = environment(Map.of("JWT_ISSUER", "alias", "CAREERGPT_TRACING_SAMPLING", "0.25"));
        environment.getPropertySources().addLast(new MapPropertySource("Config resource 'class path resource [application.yml]'",
                Map.of("careergpt.jwt.issuer", "from-file", "management.tracing.sampling.probability", "1.0")));
        environment.getPropertySources().addFirst(new MapPropertySource("systemProperties-in-test",
                Map.of("management.tracing.sampling.probability", "0.5")));

        assertThat(environment.getProperty("careergpt.jwt.issuer")).isEqualTo("alias");
        assertThat(environment.getProperty("management.tracing.sampling.probability")).isEqualTo("0.5");
    }

    @Test
    void theCommonAliasesHoldForEveryApplicationAndEachApplicationAddsItsOwn() {
        Map<String, List<String>> aliases = EnvironmentVariableAliases.of(getClass().getClassLoader(), "no-such-application");

        assertThat(aliases).containsEntry("JWT_SECRET", List.of("careergpt.jwt.secret"))
                .containsEntry("CAREERGPT_TRUSTED_PROXIES", List.of("server.tomcat.remoteip.internal-proxies"))
                .doesNotContainKey("CAREERGPT_PORT");
    }

    @Test
    void everySpringApplicationMapsTheVariablesThroughSpringFactories() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("JWT_ISSUER", "from-the-variable")));
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setEnvironment(environment);

        try (ConfigurableApplicationContext context = application.run()) {
            assertThat(context.getEnvironment().getProperty("careergpt.jwt.issuer")).isEqualTo("from-the-variable");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    static StandardEnvironment environment(Map<String, Object> variables, String... configNames) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new LinkedHashMap<>(variables)));
        if (configNames.length > 0) {
            environment.getPropertySources().addLast(new MapPropertySource("defaultProperties",
                    Map.of("spring.config.name", String.join(",", configNames))));
        }
        new EnvironmentVariableAliases().postProcessEnvironment(environment, new SpringApplication());
        ConfigurationPropertySources.attach(environment);
        return environment;
    }
}
