package com.careergpt.common.aot;

import org.slf4j.LoggerFactory;
import org.springframework.aot.AotDetector;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.support.EnvironmentPostProcessorApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Once every environment post-processor has run and before logging is set up and the context made: while the build
 * processes the context, keeps the {@link RecordingPropertySource} in front of the sources post-processors added
 * (an {@code OTEL_*} variable's, say); at a start that {@link AheadOfTimeStart#offerFor offered} it, decides whether
 * the processed context is used. When the context is prepared, says in the log which way it started and why.
 */
public class AheadOfTimeStartListener implements SmartApplicationListener {

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationPreparedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            environmentPrepared(prepared);
        } else if (event instanceof ApplicationPreparedEvent prepared
                && AheadOfTimeStart.isOffered(prepared.getSpringApplication().getMainApplicationClass())
                && AheadOfTimeStart.decision() != null) {
            AheadOfTimeStart.Decision decision = AheadOfTimeStart.decision();
            LoggerFactory.getLogger(AheadOfTimeStart.class).info("{} context: {}",
                    decision.processed() ? "Ahead-of-time processed" : "Usual", decision.reason());
        }
    }

    private void environmentPrepared(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            if (environment.getPropertySources().remove(RecordingPropertySource.NAME) instanceof RecordingPropertySource recorder) {
                environment.getPropertySources().addFirst(recorder);
            }
            return;
        }
        if (!AheadOfTimeStart.isOffered(event.getSpringApplication().getMainApplicationClass())) {
            return;
        }
        AheadOfTimeStart.Decision decision = AheadOfTimeStart.decide(event.getSpringApplication().getMainApplicationClass(),
                environment, System.getProperty(AotDetector.AOT_ENABLED));
        if (decision.processed()) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
        AheadOfTimeStart.decided(decision);
    }

    /** Right after the environment post-processors, before logging is initialized. */
    @Override
    public int getOrder() {
        return EnvironmentPostProcessorApplicationListener.DEFAULT_ORDER + 1;
    }
}
