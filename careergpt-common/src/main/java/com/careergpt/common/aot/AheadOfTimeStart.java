package com.careergpt.common.aot;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.aot.AotDetector;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * Whether a service starts from the context its build processed ahead of time (Spring AOT on the JVM,
 * {@code spring.aot.enabled}) or builds its context the usual way.
 *
 * <p>A processed context has every {@code @Conditional} and {@code @Profile} answered at build time. A service's
 * {@code main} offers it ({@link #offerFor}); {@link AheadOfTimeStartListener} then decides once the environment is
 * complete (configuration files, environment variables in any of Spring's forms, aliases, system properties,
 * arguments, {@code SPRING_APPLICATION_JSON}, {@code OTEL_*}), before the context is made: the processed context is
 * used only when every property the build saw consulted, and the active and default profiles, read now exactly as
 * they read at build time ({@link AotInputs}); otherwise the service starts the usual way and says why.
 * {@code CAREERGPT_AOT=false} (or {@code off}, {@code no}, {@code 0}) turns it off; an explicit
 * {@code -Dspring.aot.enabled} is obeyed as given.
 */
public final class AheadOfTimeStart {

    /** The property ({@code CAREERGPT_AOT}) that turns the processed context off. */
    static final String SWITCH = "careergpt.aot";

    /**
     * Consulted properties that differ from one start to the next and whose value no condition depends on: the data
     * directory (written into the data source's URL, whose presence a condition asks about), the server port
     * (compared with {@code management.server.port}, which stays an input, to tell whether the management endpoints
     * have a port of their own) and what Spring Boot publishes about the process: its id, and the version of the jar
     * (which the build, processing the classes before they are packaged, does not have).
     */
    static final Set<String> VALUES_ONLY = Set.of("careergpt.data-dir", "server.port", "spring.application.pid",
            "spring.application.version");

    private static final Set<String> OFF = Set.of("false", "off", "no", "0");

    private static volatile Class<?> offered;

    private static volatile Decision decision;

    private AheadOfTimeStart() {
    }

    /** Called by a service's {@code main}: its processed context may be used if the configuration allows it. */
    public static void offerFor(Class<?> mainClass) {
        offered = mainClass;
    }

    static boolean isOffered(Class<?> mainClass) {
        return mainClass != null && mainClass == offered;
    }

    /** Why this JVM starts as it does, or null when nothing was decided. */
    static Decision decision() {
        return decision;
    }

    static void decided(Decision made) {
        decision = made;
    }

    record Decision(boolean processed, String reason) {
    }

    /**
     * Decides for this main class in this environment; {@code explicit} is the {@code spring.aot.enabled} system
     * property given at start, if any. Anything unexpected means the usual start.
     */
    static Decision decide(Class<?> mainClass, ConfigurableEnvironment environment, String explicit) {
        if (explicit != null) {
            return new Decision(Boolean.parseBoolean(explicit), AotDetector.AOT_ENABLED + "=" + explicit
                    + " given" + (Boolean.parseBoolean(explicit) ? ", the configuration was not compared with the build's" : ""));
        }
        String off = environment.getProperty(SWITCH);
        if (off != null && OFF.contains(off.strip().toLowerCase(Locale.ROOT))) {
            return new Decision(false, "turned off (CAREERGPT_AOT=" + off + ")");
        }
        if (!ClassUtils.isPresent(mainClass.getName() + "__ApplicationContextInitializer", mainClass.getClassLoader())) {
            return new Decision(false, "this build has no ahead-of-time processed context");
        }
        try {
            Optional<AotInputs> inputs = AotInputs.read(mainClass.getClassLoader(), AotInputs.resource(environment));
            if (inputs.isEmpty()) {
                return new Decision(false, "this build did not record what its processed context depends on");
            }
            return inputs.get().firstChanged(environment)
                    .map(input -> new Decision(false, describe(input) + " differently than when the jar was built,"
                            + " and the processed context depends on it"))
                    .orElseGet(() -> new Decision(true, "the configuration is the one the context was processed with"));
        } catch (IOException | RuntimeException unexpected) {
            return new Decision(false, "could not compare the configuration with the build's (" + unexpected + ")");
        }
    }

    private static String describe(String input) {
        return switch (input) {
            case AotInputs.ACTIVE_PROFILES -> "the active profiles are set";
            case AotInputs.DEFAULT_PROFILES -> "the default profiles are set";
            default -> "property " + input + " is set";
        };
    }
}
