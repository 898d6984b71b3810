package com.careergpt.common.aot;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.aot.generate.GenerationContext;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.aot.BeanFactoryInitializationCode;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.ConfigurableEnvironment;

import com.careergpt.common.environment.EnvironmentVariableAliases;

/**
 * Writes, into the classes the build processes ahead of time, the inputs of the processed context
 * ({@link AotInputs}): every property the {@link RecordingPropertySource} saw consulted, except those in
 * {@link AheadOfTimeStart#VALUES_ONLY} (and the {@code name:default} form of a placeholder), turned into the names an operator sets them by, with their state at build time.
 */
class AotInputsContribution implements BeanFactoryInitializationAotProcessor {

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory.getBean("environment") instanceof ConfigurableEnvironment environment)
                || !(environment.getPropertySources().get(RecordingPropertySource.NAME) instanceof RecordingPropertySource recorder)) {
            return null;
        }
        String[] configNames = environment.getProperty("spring.config.name", String[].class, new String[] {"application"});
        Set<String> consulted = new TreeSet<>(recorder.consulted());
        consulted.removeAll(AheadOfTimeStart.VALUES_ONLY);
        // Resolving ${name:default} first asks for "name:default" as a whole, then for name.
        consulted.removeIf(name -> name.contains(":"));
        AotInputs inputs = AotInputs.capture(
                AotInputs.namesOf(consulted, EnvironmentVariableAliases.of(beanFactory.getBeanClassLoader(), configNames)),
                AheadOfTimeStart.lookup(new String[0]));
        return (GenerationContext context, BeanFactoryInitializationCode code) -> context.getGeneratedFiles()
                .addResourceFile(AotInputs.resource(configNames[0]), inputs.write());
    }
}
