package com.careergpt.service.scraping.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextKeysTest {

    @Test
    void foldsCaseAccentsPunctuationAndWhitespace() {
        assertThat(TextKeys.normalize("Zürich – Café,\n\t6+ yrs.")).isEqualTo("zurich cafe 6 yrs");
        assertThat(TextKeys.normalize("  Senior   Backend-Engineer (Java)  ")).isEqualTo("senior backend engineer java");
        assertThat(TextKeys.normalize("Straße, Œuvre, Ørsted, Łódź")).isEqualTo("strasse oeuvre orsted lodz");
    }

    @Test
    void decomposesLettersBeyondLatin1AndKeepsOtherScripts() {
        assertThat(TextKeys.normalize("Nguyễn Thị")).isEqualTo("nguyen thi");
        assertThat(TextKeys.normalize("ﬁnance")).isEqualTo("finance");
        assertThat(TextKeys.normalize("Δεδομένα 数据")).isEqualTo("δεδομενα 数据");
    }

    @Test
    void combiningMarksAndInvisibleCharactersDoNotSplitWords() {
        assertThat(TextKeys.normalize("Cafe\u0301 soft\u00ADware zero\u200Bwidth")).isEqualTo("cafe software zerowidth");
    }

    @Test
    void emptyAndNullAreEmpty() {
        assertThat(TextKeys.normalize(null)).isEmpty();
        assertThat(TextKeys.normalize("?!")).isEmpty();
        assertThat(TextKeys.words("")).isEmpty();
        assertThat(TextKeys.sentences(null)).isEmpty();
    }

    @Test
    void sentencesEndAtLineBreaksBulletsAndSentencePunctuation() {
        assertThat(TextKeys.sentences("We build apps. You own Node.js services!\n- Run Kafka; write tests\n• Ship: daily"))
                .containsExactly("we build apps", "you own node js services", "run kafka", "write tests", "ship", "daily");
    }

    @Test
    void sentencesJoinedAreTheNormalizedText() {
        String text = "What you'll do:\n\n* Design services in Java 21.\n* Own PostgreSQL schemas (and Kafka)...";
        assertThat(String.join(" ", TextKeys.sentences(text))).isEqualTo(TextKeys.normalize(text));
    }
}
