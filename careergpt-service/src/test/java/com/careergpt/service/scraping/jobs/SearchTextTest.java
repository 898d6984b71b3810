package com.careergpt.service.scraping.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u0000", "\u200b", "\ufeff", "\u202e", "\u2028", "\u3000", " \t\n", "\ue000"})
    void textOfOnlyInvisibleCharactersIsEmpty(String text) {
        assertThat(SearchText.clean(text)).isEmpty();
        assertThat(SearchText.cleanOrNull(text)).isNull();
    }

    @Test
    void invisibleCharactersSeparateWordsAndFormsAreNormalised() {
        assertThat(SearchText.clean("\ufeff backend\u0000\u200bengineer\u00a0 ")).isEqualTo("backend engineer");
        assertThat(SearchText.clean("\uff2a\uff41\uff56\uff41 developer")).isEqualTo("Java developer");
        assertThat(SearchText.clean("Zürich café")).isEqualTo("Zürich café");
        assertThat(SearchText.clean(null)).isNull();
    }
}
