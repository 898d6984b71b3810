package com.careergpt.common.aot;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
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

/** What the build records while it processes a context: the properties consulted, as the names that set them. */
class AotInputsRecordingTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    @AfterEach
    void notProcessingAnyMore() {
        System.clearProperty(AbstractAotProcessor.AOT_PROCESSING);
    }

    @Test
    void whileProcessingEveryConsultedPropertyAndPlaceholderIsRecordedWithTheNamesThatSetIt() throws IOException {
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

        assertThat(recorded.stringPropertyNames()).contains("env:SPRING_AI_MODEL_EMBEDDING",
                "env:CAREERGPT_EMBEDDINGS_PROVIDER", "sys:careergpt.embeddings.provider",
                "arg:careergpt.embeddings.provider", "env:SPRING_MAIL_HOST", "env:SAMPLE_DATAURL", "env:SAMPLE_DATA_URL",
                "env:JWT_SECRET");
        assertThat(recorded.stringPropertyNames()).as("the data directory is only ever a value")
                .noneMatch(name -> name.contains("DATA_DIR") || name.contains("DATADIR") || name.contains("data-dir"));
        assertThat(recorded.getProperty("env:SPRING_MAIL_HOST")).as("unset at build time").isEmpty();
    }

    @Test
    void aValueSetAtBuildTimeIsKeptAsItsDigestOnly() throws IOException {
        AotInputs inputs = AotInputs.capture(List.of("env:SAMPLE_SECRET", "env:SAMPLE_UNSET"),
                name -> name.equals("env:SAMPLE_SECRET") ? "s3cret" : null);
        String written = inputs.write();

        assertThat(written).doesNotContain("s3cret");
        Properties read = new Properties();
        read.load(new ByteArrayInputStream(written.getBytes()));
        assertThat(read.getProperty("env:SAMPLE_SECRET")).hasSize(64).isEqualTo(AotInputs.stateOf("s3cret"));
        assertThat(read.getProperty("env:SAMPLE_UNSET")).isEmpty();
        assertThat(written.indexOf("SAMPLE_SECRET")).as("written in name order").isLessThan(written.indexOf("SAMPLE_UNSET"));
        assertThat(inputs.firstChanged(name -> name.equals("env:SAMPLE_SECRET") ? "s3cret" : null)).isEmpty();
        assertThat(inputs.firstChanged(name -> null)).contains("env:SAMPLE_SECRET");
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
