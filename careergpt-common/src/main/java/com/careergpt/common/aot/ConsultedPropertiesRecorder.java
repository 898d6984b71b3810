package com.careergpt.common.aot;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * While the build processes the application ahead of time ({@code spring.aot.processing}), puts a
 * {@link RecordingPropertySource} in front of every other property source, before the configuration files are
 * read, so that the profiles and configuration locations consulted are recorded too. Does nothing at run time.
 */
public class ConsultedPropertiesRecorder implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)
                && !environment.getPropertySources().contains(RecordingPropertySource.NAME)) {
            environment.getPropertySources().addFirst(new RecordingPropertySource());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
