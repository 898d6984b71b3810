package com.careergpt.common.aot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import com.careergpt.common.aot.AheadOfTimeStart.Decision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The processed context is used only when the environment says about every consulted property what the build's
 * said, whichever of Spring's channels and name forms carries a setting.
 */
class AheadOfTimeStartTest {

    private static final List<String> CONSULTED = List.of("spring.profiles.active", "spring.profiles.group",
            "spring.mail.host", "spring.datasource.url", "management.endpoints.web.exposure.include", "careergpt.aot");

    @TempDir
    Path classes;

    private final Map<String, Object> variables = new HashMap<>();
    private final Map<String, Object> systemProperties = new HashMap<>();
    private final Map<String, Object> files = new HashMap<>(Map.of(
            "spring.datasource.url", "jdbc:sqlite:${careergpt.data-dir}/careergpt.db",
            "careergpt.data-dir", "./data"));

    private final AotInputs build = AotInputs.capture(environment(), CONSULTED, AotInputs.newSalt());

    @Test
    void anEnvironmentLikeTheBuildsUsesTheProcessedContext() {
        assertThat(build.firstChanged(environment())).isEmpty();
    }

    @Test
    void settingsNoConditionConsultedDoNotMatter() {
        variables.put("JWT_SECRET", "secret");
        variables.put("CAREERGPT_DATA_DIR", "/srv/data");
        systemProperties.put("server.port", "9000");

        assertThat(build.firstChanged(environment())).isEmpty();
    }

    @Test
    void aVariableInAnyOfSpringsFormsIsSeen() {
        for (String variable : List.of("SPRING_MAIL_HOST", "spring_mail_host", "SPRING_MAIL_HOST_")) {
            variables.clear();
            variables.put(variable, "smtp.example.org");
            assertThat(build.firstChanged(environment())).as(variable).contains("spring.mail.host");
        }
        variables.clear();
        variables.put("SPRING_PROFILES_ACTIVE_0_", "postgres");
        assertThat(build.firstChanged(environment())).contains("spring.profiles.active");
    }

    @Test
    void aPropertyBelowAConsultedOneIsSeen() {
        systemProperties.put("spring.profiles.group.default", "postgres");
        assertThat(build.firstChanged(environment())).contains("spring.profiles.group");

        systemProperties.clear();
        variables.put("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE_0_", "env");
        assertThat(build.firstChanged(environment())).contains("management.endpoints.web.exposure.include");
    }

    @Test
    void aConfigurationFileOrAChangedValueIsSeen() {
        files.put("spring.mail.host", "smtp.example.org");
        assertThat(build.firstChanged(environment())).contains("spring.mail.host");

        files.remove("spring.mail.host");
        files.put("spring.datasource.url", "jdbc:postgresql://db/careergpt");
        assertThat(build.firstChanged(environment())).contains("spring.datasource.url");
    }

    @Test
    void profilesActivatedAnyWayAreSeen() {
        StandardEnvironment environment = environment();
        environment.addActiveProfile("json-logs");

        assertThat(build.firstChanged(environment)).contains(AotInputs.ACTIVE_PROFILES);
    }

    @Test
    void whatTheBuildWritesReadsBackAndCarriesNoValue() throws IOException {
        files.put("spring.mail.host", "s3cret.example.org");
        AotInputs written = AotInputs.capture(environment(), CONSULTED, AotInputs.newSalt());
        String text = written.write();
        assertThat(text).doesNotContain("s3cret");
        assertThat(text.indexOf("careergpt.aot")).as("in name order").isLessThan(text.indexOf("spring.mail.host"));

        Path resource = classes.resolve(AotInputs.resource("sample"));
        Files.createDirectories(resource.getParent());
        Files.writeString(resource, text);
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, null)) {
            AotInputs read = AotInputs.read(loader, AotInputs.resource("sample")).orElseThrow();
            assertThat(read).isEqualTo(written);
            assertThat(read.firstChanged(environment())).isEmpty();
            assertThat(AotInputs.read(loader, AotInputs.resource("other"))).isEmpty();
        }
    }

    @Test
    void theSwitchAndAnExplicitSettingAreObeyed() {
        for (String off : List.of("false", "off", "No", "0")) {
            variables.put("CAREERGPT_AOT", off);
            Decision decision = AheadOfTimeStart.decide(SampleApplication.class, environment(), null);
            assertThat(decision.processed()).as(off).isFalse();
            assertThat(decision.reason()).contains("CAREERGPT_AOT=" + off);
        }
        assertThat(AheadOfTimeStart.decide(SampleApplication.class, environment(), "false").processed()).isFalse();
        Decision given = AheadOfTimeStart.decide(SampleApplication.class, environment(), "true");
        assertThat(given.processed()).isTrue();
        assertThat(given.reason()).contains("not compared");
    }

    @Test
    void aBuildWithoutAProcessedContextOrWithoutRecordedInputsStartsTheUsualWay() {
        Decision unprocessed = AheadOfTimeStart.decide(AheadOfTimeStartTest.class, environment(), null);
        assertThat(unprocessed.processed()).isFalse();
        assertThat(unprocessed.reason()).contains("no ahead-of-time processed context");

        files.put("spring.config.name", "unrecorded");
        Decision unrecorded = AheadOfTimeStart.decide(SampleApplication.class, environment(), null);
        assertThat(unrecorded.processed()).isFalse();
        assertThat(unrecorded.reason()).contains("did not record");
    }

    private StandardEnvironment environment() {
        StandardEnvironment environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.addLast(new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, Map.copyOf(systemProperties)));
        sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.copyOf(variables)));
        sources.addLast(new MapPropertySource("Config resource 'class path resource [application.yml]'", Map.copyOf(files)));
        ConfigurationPropertySources.attach(environment);
        return environment;
    }
}
