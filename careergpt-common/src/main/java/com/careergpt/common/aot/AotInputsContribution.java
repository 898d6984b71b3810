package com.careergpt.common.aot;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.aot.generate.GenerationContext;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.aot.BeanFactoryInitializationCode;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Writes, into the classes the build processes ahead of time, the inputs of the processed context
 * ({@link AotInputs}): every property the {@link RecordingPropertySource} saw consulted, except those in
 * {@link AheadOfTimeStart#VALUES_ONLY} (and the {@code name:default} form of a placeholder), with what the build's
 * environment said about each.
 */
class AotInputsContribution implements BeanFactoryInitializationAotProcessor {

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory.getBean("environment") instanceof ConfigurableEnvironment environment)
                || !(environment.getPropertySources().get(RecordingPropertySource.NAME) instanceof RecordingPropertySource recorder)) {
            return null;
        }
        // Taken when the files are written, after every processor had its chance to consult the environment.
        return (GenerationContext context, BeanFactoryInitializationCode code) -> {
            Set<String> consulted = new TreeSet<>(recorder.consulted());
            consulted.removeAll(AheadOfTimeStart.VALUES_ONLY);
            // Resolving ${name:default} first asks for "name:default" as a whole, then for name.
            consulted.removeIf(name -> name.contains(":"));
            AotInputs inputs = AotInputs.capture(environment, consulted, AotInputs.newSalt());
            context.getGeneratedFiles().addResourceFile(AotInputs.resource(environment), inputs.write());
        };
    }
}
