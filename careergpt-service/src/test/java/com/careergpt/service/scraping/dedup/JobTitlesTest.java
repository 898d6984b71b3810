package com.careergpt.service.scraping.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class JobTitlesTest {

    @Test
    void genderNotesAreDropped() {
        assertThat(JobTitles.key("Backend Engineer (m/w/d)")).isEqualTo("backend engineer");
        assertThat(JobTitles.key("Backend Engineer (f/m/x)")).isEqualTo("backend engineer");
        assertThat(JobTitles.key("Développeur Backend (H/F)")).isEqualTo("developpeur backend");
        assertThat(JobTitles.key("Backend Engineer (all genders)")).isEqualTo("backend engineer");
        assertThat(JobTitles.key("Backend Engineer m/w/d")).isEqualTo("backend engineer");
        assertThat(JobTitles.key("Backend Engineer (Java)")).isEqualTo("backend engineer java");
        assertThat(JobTitles.key("DevOps Engineer (d)")).isEqualTo("devops engineer");
    }

    @Test
    void abbreviatedLevelsAreSpelledOut() {
        assertThat(JobTitles.key("Sr. Backend Engineer")).isEqualTo("senior backend engineer");
        assertThat(JobTitles.key("Jr Data Analyst")).isEqualTo("junior data analyst");
        assertThat(JobTitles.key("Srinivasan Fellowship")).isEqualTo("srinivasan fellowship");
    }

    @Test
    void lettersThatAreWordsAreKept() {
        assertThat(JobTitles.key("C/C++ Developer")).isEqualTo("c c developer");
        assertThat(JobTitles.key("Head of M&A")).isEqualTo("head of m a");
    }

    @Test
    void similarityIsTheOverlapOfTitleWords() {
        assertThat(JobTitles.similarity("backend engineer java", "backend engineer java")).isEqualTo(1.0);
        assertThat(JobTitles.similarity("backend engineer java", "senior backend engineer java")).isEqualTo(0.75);
        assertThat(JobTitles.similarity("frontend engineer", "backend engineer")).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(JobTitles.similarity("data analyst", "backend engineer")).isZero();
        assertThat(JobTitles.similarity("", "")).isEqualTo(1.0);
        assertThat(JobTitles.similarity("", "backend engineer")).isZero();
    }

    @Test
    void titlesNamingDifferentLevelsAreUnlike() {
        assertThat(JobTitles.similarity("senior site reliability engineer", "principal site reliability engineer")).isZero();
        assertThat(JobTitles.similarity("backend engineer ii", "backend engineer iii")).isZero();
        assertThat(JobTitles.similarity("senior backend engineer", "backend engineer senior")).isEqualTo(1.0);
        assertThat(JobTitles.similarity("senior backend engineer", "backend engineer")).isCloseTo(2.0 / 3, within(1e-9));
    }
}
