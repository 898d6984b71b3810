package com.careergpt.common.aot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.springframework.aot.AotDetector;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.util.ClassUtils;

/**
 * Chooses, in a service's {@code main}, whether it starts from the context its build processed ahead of time
 * (Spring AOT on the JVM, {@code spring.aot.enabled}) or builds its context the usual way.
 *
 * <p>A processed context has every {@code @Conditional} and {@code @Profile} answered at build time. It is used only
 * when none of the settings those answers consulted is set differently now than when the build ran
 * ({@link AotInputs}: environment variables, system properties, arguments) and no configuration file outside the jar
 * is there to be read; otherwise the service starts the usual way, a little slower, with its choices made from the
 * configuration it has, and says why. {@code CAREERGPT_AOT=false} turns it off; an explicit
 * {@code -Dspring.aot.enabled} is obeyed as given.
 */
public final class AheadOfTimeStart {

    /** Turns the processed context off when {@code false}. */
    public static final String SWITCH = "CAREERGPT_AOT";

    /**
     * Consulted properties that every deployment sets and whose value no condition depends on: the data directory
     * (read while resolving the data source's URL, whose presence a condition asks about) and the server port
     * (compared with {@code management.server.port}, which stays an input, to tell whether the management endpoints
     * have a port of their own).
     */
    static final Set<String> VALUES_ONLY = Set.of("careergpt.data-dir", "server.port");

    private static final List<String> CONFIG_EXTENSIONS = List.of(".properties", ".yml", ".yaml");

    private static volatile String decision;

    private AheadOfTimeStart() {
    }

    /**
     * Sets {@code spring.aot.enabled} for this JVM when the processed context of the application may be used
     * ({@code configName}: its {@code spring.config.name}). Does nothing while the build processes the application.
     */
    public static void choose(Class<?> mainClass, String configName, String[] args) {
        if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            return;
        }
        Decision chosen = decide(mainClass, configName, lookup(args), Path.of(""));
        if (chosen.processed()) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
        decision = chosen.reason();
    }

    /** Why this JVM starts as it does, or null when {@link #choose} was not called. */
    public static String decision() {
        return decision;
    }

    record Decision(boolean processed, String reason) {
    }

    static Decision decide(Class<?> mainClass, String configName, UnaryOperator<String> lookup, Path workingDirectory) {
        String explicit = lookup.apply("sys:" + AotDetector.AOT_ENABLED);
        if (explicit != null) {
            return new Decision(Boolean.parseBoolean(explicit), AotDetector.AOT_ENABLED + "=" + explicit + " given");
        }
        String off = Optional.ofNullable(lookup.apply("env:" + SWITCH)).orElse(lookup.apply("sys:careergpt.aot"));
        if ("false".equalsIgnoreCase(off)) {
            return new Decision(false, "ahead-of-time processed context turned off (" + SWITCH + "=false)");
        }
        if (!ClassUtils.isPresent(mainClass.getName() + "__ApplicationContextInitializer", mainClass.getClassLoader())) {
            return new Decision(false, "this build has no ahead-of-time processed context");
        }
        Optional<AotInputs> inputs = AotInputs.read(mainClass.getClassLoader(), configName);
        if (inputs.isEmpty()) {
            return new Decision(false, "this build did not record what its processed context depends on");
        }
        Optional<Path> file = externalConfigFile(workingDirectory, configName);
        if (file.isPresent()) {
            return new Decision(false, "configuration file " + file.get() + " may change what the context holds");
        }
        return inputs.get().firstChanged(lookup)
                .map(input -> new Decision(false, describe(input) + " is set differently than when the jar was built,"
                        + " and the processed context depends on it"))
                .orElseGet(() -> new Decision(true, "the configuration is the one the context was processed with"));
    }

    /** Reads {@code env:NAME}, {@code sys:name} and {@code arg:name} ({@code --name=value}) inputs. */
    static UnaryOperator<String> lookup(String[] args) {
        return input -> {
            String name = input.substring(input.indexOf(':') + 1);
            return switch (input.substring(0, input.indexOf(':'))) {
                case "env" -> System.getenv(name);
                case "sys" -> System.getProperty(name);
                case "arg" -> argument(args, name);
                default -> throw new IllegalArgumentException(input);
            };
        };
    }

    private static String argument(String[] args, String name) {
        String value = null;
        for (String arg : args) {
            if (arg.equals("--" + name)) {
                value = "";
            } else if (arg.startsWith("--" + name + "=")) {
                value = arg.substring(name.length() + 3);
            }
        }
        return value;
    }

    /** A configuration file Spring Boot would read from the working directory ({@code ./}, {@code ./config/}, {@code ./config/x/}). */
    static Optional<Path> externalConfigFile(Path workingDirectory, String configName) {
        Path config = workingDirectory.resolve("config");
        Stream<Path> directories = Stream.of(workingDirectory, config);
        if (Files.isDirectory(config)) {
            try (Stream<Path> children = Files.list(config)) {
                directories = Stream.concat(directories, children.filter(Files::isDirectory).toList().stream());
            } catch (java.io.IOException unreadable) {
                return Optional.of(config);
            }
        }
        return directories.filter(Files::isDirectory).flatMap(AheadOfTimeStart::list)
                .filter(file -> isConfigFile(file.getFileName().toString(), configName))
                .findFirst();
    }

    private static Stream<Path> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList().stream();
        } catch (java.io.IOException unreadable) {
            return Stream.empty();
        }
    }

    private static boolean isConfigFile(String fileName, String configName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return (lower.startsWith(configName + ".") || lower.startsWith(configName + "-"))
                && CONFIG_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static String describe(String input) {
        String name = input.substring(input.indexOf(':') + 1);
        return switch (input.substring(0, input.indexOf(':'))) {
            case "env" -> "environment variable " + name;
            case "sys" -> "system property " + name;
            default -> "argument --" + name;
        };
    }
}
