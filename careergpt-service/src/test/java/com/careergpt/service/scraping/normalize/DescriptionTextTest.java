package com.careergpt.service.scraping.normalize;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionTextTest {

    private static Element html(String fragment) {
        return Jsoup.parseBodyFragment(fragment, "https://jobs.example/").body();
    }

    @Test
    void blockElementsBecomeLinesSoWordsNeverRunTogether() {
        Element body = html("<p>Intro   text.</p><ul><li>Java and Spring Boot</li><li>Own PostgreSQL</li></ul>");
        assertThat(BlockText.of(body)).isEqualTo("Intro text.\nJava and Spring Boot\nOwn PostgreSQL");
    }

    @Test
    void markdownKeepsHeadingsListsEmphasisAndLinks() {
        Element body = html("<h3>What you'll do</h3><ul><li>Run <b>Kafka</b></li><li>Ship</li></ul>"
                + "<ol><li>First</li><li>Second</li></ol><p>Apply <a href=\"/apply\">here</a>, use *stars*.</p>");
        assertThat(MarkdownText.of(body)).isEqualTo("""
                ### What you'll do

                - Run **Kafka**
                - Ship

                1. First
                2. Second

                Apply [here](https://jobs.example/apply), use \\*stars\\*.""");
    }
}
