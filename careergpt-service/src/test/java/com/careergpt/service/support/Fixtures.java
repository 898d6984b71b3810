package com.careergpt.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * This module's test fixtures ({@code src/test/resources/fixtures}: job pages with their {@code .expected.json},
 * job-board feeds, OpenAI and Ollama wire samples), read from the test classpath.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixture file or folder, e.g. {@code jobs} or {@code llm/ollama-chat.json}. */
    public static Path path(String relative) {
        URL url = Fixtures.class.getClassLoader().getResource("fixtures/" + relative);
        if (url == null) {
            throw new IllegalArgumentException("no test fixture fixtures/" + relative + " on the classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every job page ({@code jobs/*.html}), by name. */
    public static List<Path> jobPages() {
        try (Stream<Path> files = Files.list(path("jobs"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code .expected.json} beside a job page. */
    public static Path expectationsOf(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.length() - ".html".length()) + ".expected.json");
    }
}
