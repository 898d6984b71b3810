package com.careergpt.common.aot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careergpt.common.aot.AheadOfTimeStart.Decision;

import static org.assertj.core.api.Assertions.assertThat;

class AheadOfTimeStartTest {

    @TempDir
    Path workingDirectory;

    private final Map<String, String> inputs = new HashMap<>(Map.of("env:SAMPLE_MODE", "fast"));

    @Test
    void theProcessedContextIsUsedWhenEveryInputIsAsTheBuildSawIt() {
        Decision decision = decide();

        assertThat(decision.processed()).as(decision.reason()).isTrue();
    }

    @Test
    void aVariableTheBuildDidNotHaveTurnsItOffAndIsNamed() {
        inputs.put("env:SAMPLE_PROFILE", "postgres");

        Decision decision = decide();

        assertThat(decision.processed()).isFalse();
        assertThat(decision.reason()).contains("environment variable SAMPLE_PROFILE");
    }

    @Test
    void aVariableWithAnotherValueOrNoneTurnsItOff() {
        inputs.put("env:SAMPLE_MODE", "slow");
        assertThat(decide().processed()).isFalse();

        inputs.remove("env:SAMPLE_MODE");
        assertThat(decide().processed()).isFalse();

        inputs.put("env:SAMPLE_MODE", "");
        assertThat(decide().reason()).contains("SAMPLE_MODE");
    }

    @Test
    void systemPropertiesAndArgumentsCountToo() {
        inputs.put("sys:sample.flag", "true");
        assertThat(decide().reason()).contains("system property sample.flag");

        inputs.remove("sys:sample.flag");
        Decision fromArgument = AheadOfTimeStart.decide(SampleApplication.class, "sample",
                withArguments("--server.port=1", "--sample.flag=on"), workingDirectory);
        assertThat(fromArgument.processed()).isFalse();
        assertThat(fromArgument.reason()).contains("argument --sample.flag");
    }

    @Test
    void otherVariablesDoNotMatter() {
        inputs.put("env:JWT_SECRET", "secret");
        inputs.put("env:CAREERGPT_DATA_DIR", "/data");

        assertThat(decide().processed()).isTrue();
    }

    @Test
    void aConfigurationFileInTheWorkingDirectoryTurnsItOff() throws IOException {
        Files.writeString(workingDirectory.resolve("other.yml"), "sample.flag: true");
        assertThat(decide().processed()).isTrue();

        Path nested = Files.createDirectories(workingDirectory.resolve("config/prod"));
        Files.writeString(nested.resolve("sample-postgres.properties"), "sample.flag=true");

        Decision decision = decide();
        assertThat(decision.processed()).isFalse();
        assertThat(decision.reason()).contains("sample-postgres.properties");
    }

    @Test
    void theSwitchAndAnExplicitSettingAreObeyed() {
        inputs.put("env:" + AheadOfTimeStart.SWITCH, "false");
        assertThat(decide().processed()).isFalse();
        assertThat(decide().reason()).contains("CAREERGPT_AOT=false");

        inputs.remove("env:" + AheadOfTimeStart.SWITCH);
        inputs.put("sys:spring.aot.enabled", "false");
        assertThat(decide().processed()).isFalse();

        inputs.put("sys:spring.aot.enabled", "true");
        inputs.put("env:SAMPLE_PROFILE", "postgres");
        assertThat(decide().processed()).as("given explicitly, it is not second-guessed").isTrue();
    }

    @Test
    void aBuildWithoutAProcessedContextOrWithoutRecordedInputsStartsTheUsualWay() {
        Decision unprocessed = AheadOfTimeStart.decide(AheadOfTimeStartTest.class, "sample", lookup(), workingDirectory);
        assertThat(unprocessed.processed()).isFalse();
        assertThat(unprocessed.reason()).contains("no ahead-of-time processed context");

        Decision unrecorded = AheadOfTimeStart.decide(SampleApplication.class, "unrecorded", lookup(), workingDirectory);
        assertThat(unrecorded.processed()).isFalse();
        assertThat(unrecorded.reason()).contains("did not record");
    }

    @Test
    void argumentsAreReadAsSpringBootReadsThem() {
        UnaryOperator<String> arguments = AheadOfTimeStart.lookup(new String[] {"--a.b=1", "--flag", "positional", "--a.b=2"});

        assertThat(arguments.apply("arg:a.b")).isEqualTo("2");
        assertThat(arguments.apply("arg:flag")).isEmpty();
        assertThat(arguments.apply("arg:positional")).isNull();
    }

    private Decision decide() {
        return AheadOfTimeStart.decide(SampleApplication.class, "sample", lookup(), workingDirectory);
    }

    private UnaryOperator<String> lookup() {
        return inputs::get;
    }

    private UnaryOperator<String> withArguments(String... args) {
        UnaryOperator<String> fromArguments = AheadOfTimeStart.lookup(args);
        return input -> input.startsWith("arg:") ? fromArguments.apply(input) : inputs.get(input);
    }
}
