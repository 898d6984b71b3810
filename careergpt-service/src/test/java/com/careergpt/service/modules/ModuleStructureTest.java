package com.careergpt.service.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

import com.careergpt.service.CareerGptApplication;

/**
 * The module map of careergpt-service: every top-level package of {@code com.careergpt.service} is an application
 * module whose {@code package-info.java} says what it owns and which modules (and named interfaces) it may use.
 * The generated documentation in {@code docs/modules} is rewritten by every run, so a change of the map shows in
 * the diff.
 */
class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CareerGptApplication.class);
    static final Path DOCS = Path.of("..", "docs", "modules");
    static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void modulesDependOnlyOnWhatTheyDeclareAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void everyModuleIsDrawnAndDescribedInDocsModules() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation(
                        DiagramOptions.defaults().withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE),
                        CanvasOptions.defaults());
        inStableOrder(DOCS);
        Files.writeString(DOCS.resolve("README.md"), new ModuleMap(MODULES, SOURCES).markdown());

        String overview = Files.readString(DOCS.resolve("components.puml"));
        for (ApplicationModule module : MODULES) {
            String name = module.getIdentifier().toString();
            assertThat(overview).as("the overview diagram shows %s", name).contains(module.getDisplayName());
            assertThat(DOCS.resolve("module-" + name + ".puml")).as("the diagram of %s", name).exists();
            assertThat(DOCS.resolve("module-" + name + ".adoc")).as("the canvas of %s", name).exists();
            assertThat(DOCS.resolve("README.md")).as("the module table lists %s", name).content()
                    .contains("| `" + name + "` (");
        }
    }

    /**
     * The Documenter writes a diagram's components and relations in no fixed order; sorted, the files change only
     * when the map does.
     */
    private static void inStableOrder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
                for (int start = 0; start < lines.size(); start++) {
                    int end = start;
                    while (end < lines.size() && isUnordered(lines.get(end))) {
                        end++;
                    }
                    Collections.sort(lines.subList(start, end));
                    start = end;
                }
                Files.write(diagram, lines);
            }
        }
    }

    private static boolean isUnordered(String line) {
        return line.startsWith("Rel(") || line.stripLeading().startsWith("Component(");
    }
}
