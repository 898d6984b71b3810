package com.careergpt.common.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemCatalogDocumentedTest {

    private static final Path DOCUMENTED = Path.of("..", "docs", "problems.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z-]+)` \\|");

    @Test
    void docsListEveryTypeOfTheCatalogAndNoOther() throws IOException {
        List<String> documented = Files.readAllLines(DOCUMENTED).stream().map(ROW::matcher).filter(Matcher::find)
                .map(row -> row.group(1)).toList();

        assertThat(documented).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ProblemType.slugs());
    }

    @Test
    void docsGiveEachTypeItsStatusAndItsOneTitle() throws IOException {
        List<String> rows = Files.readAllLines(DOCUMENTED);

        for (ProblemType type : ProblemType.values()) {
            assertThat(rows).as(type.name()).anyMatch(row -> row.startsWith("| `" + type.slug() + "` | "
                    + type.status().value()) && row.contains("| " + type.title()));
        }
    }

    /** RFC 9457: a type has one title (and one status), so the catalog has one constant a slug. */
    @Test
    void aTypeHasOneStatusAndOneTitle() {
        Map<String, List<ProblemType>> constants = Arrays.stream(ProblemType.values())
                .collect(Collectors.groupingBy(ProblemType::slug));

        assertThat(constants).allSatisfy((slug, types) -> assertThat(types).as(slug).hasSize(1));
    }
}
