package com.careergpt.common.aot;

import java.io.IOException;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.GeneratedFiles.Kind;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.javapoet.ClassName;
import org.springframework.aot.generate.ClassNameGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** What the build records while it processes a context: the properties consulted and what its environment said of them. */
class AotInputsRecordingTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    @AfterEach
    void notProcessingAnyMore() {
        System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
    }

    @Test
    void whileProcessingEveryConsultedPropertyAndPlaceholderIsRecorded() throws IOException {
        System.setProperty(AbstractAotProcessor.AOT_PROCESSING, "true");
        environment.getPropertySources().addLast(new MapPropertySource("application.yml", Map.of(
                "spring.config.name", "sample",
                "spring.ai.model.embedding", "${careergpt.embeddings.provider:none}",
                "sample.data-url", "jdbc:sqlite:${careergpt.data-dir:.}/x.db")));
        ConfigurationPropertySources.attach(environment);
        new ConsultedPropertiesRecorder().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.ai.model.embedding")).isEqualTo("none");
        environment.getProperty("sample.data-url");
        Binder.get(environment).bind("spring.mail.host", String.class);
        environment.containsProperty("careergpt.jwt.secret");

        Properties recorded = contributedInputs("sample");

        assertThat(recorded.stringPropertyNames()).contains("spring.ai.model.embedding",
                "careergpt.embeddings.provider", "spring.mail.host", "sample.data-url", "careergpt.jwt.secret",
                AotInputs.ACTIVE_PROFILES, "@salt");
        assertThat(recorded.stringPropertyNames()).as("the data directory is only ever a value; name:default is no name")
                .noneMatch(name -> name.contains("data-dir") || name.contains(":"));
    }

    @Test
    void atRunTimeNothingIsRecordedOrContributed() {
        new ConsultedPropertiesRecorder().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(RecordingPropertySource.NAME)).isFalse();
        assertThat(new AotInputsContribution().processAheadOfTime(beanFactory())).isNull();
    }

    private Properties contributedInputs(String configName) throws IOException {
        BeanFactoryInitializationAotContribution contribution = new AotInputsContribution().processAheadOfTime(beanFactory());
        InMemoryGeneratedFiles files = new InMemoryGeneratedFiles();
        contribution.applyTo(new DefaultGenerationContext(new ClassNameGenerator(ClassName.get("com.example", "Sample")),
                files), null);
        Properties recorded = new Properties();
        recorded.load(files.getGeneratedFile(Kind.RESOURCE, AotInputs.resource(configName)).getInputStream());
        return recorded;
    }

    private DefaultListableBeanFactory beanFactory() {
        DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
        beanFactory.registerSingleton("environment", environment);
        return beanFactory;
    }
}
