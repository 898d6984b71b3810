package com.careergpt.service.resumes.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import com.careergpt.service.resumes.ResumeFiles;
import com.careergpt.service.skills.SkillTaxonomy;

class ResumeReadingTest {

    private final ResumeDocumentReader reader = new ResumeDocumentReader(1_000_000);
    private final ResumeSectionParser parser = new ResumeSectionParser(SkillTaxonomy.bundled());

    @Test
    void aPdfIsReadPageByPage() {
        ResumeDocument document = reader.read(ResumeFiles.pdf(), "cv.bin");

        assertThat(document.mediaType()).isEqualTo(ResumeDocumentReader.PDF);
        assertThat(document.pages()).isEqualTo(2);
        assertThat(document.text()).contains("Senior Backend Engineer, Initech GmbH").contains("TU Berlin");
    }

    @Test
    void aDocxIsReadWithItsTables() {
        ResumeDocument document = reader.read(ResumeFiles.docx(), "resume.pdf");

        assertThat(document.mediaType()).isEqualTo(ResumeDocumentReader.DOCX);
        assertThat(document.text()).contains("Jane Doe").contains("Docker, JUnit, Git");
    }

    @Test
    void textIsReadInUtf8Utf16AndWindows1252WhateverTheFileIsCalled() {
        String text = ResumeFiles.text() + "Sprachen: Deutsch, Französisch\n";
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);

        assertThat(reader.read(text.getBytes(StandardCharsets.UTF_8), "resume.pdf").text()).contains("Französisch");
        assertThat(reader.read(utf16, "resume.txt").text()).contains("Französisch").doesNotStartWith("\uFEFF");
        ResumeDocument latin = reader.read(text.getBytes(java.nio.charset.Charset.forName("windows-1252")), null);
        assertThat(latin.mediaType()).isEqualTo(ResumeDocumentReader.TEXT);
        assertThat(latin.text()).contains("Französisch");
    }

    @Test
    void unreadableFilesSayWhy() {
        byte[] truncated = Arrays.copyOf(ResumeFiles.pdf(), 400);

        assertReason(ResumeFiles.encryptedPdf(), ResumeReadException.Reason.ENCRYPTED, "password");
        assertReason(ResumeFiles.encryptedDocx(), ResumeReadException.Reason.ENCRYPTED, "password");
        assertReason(truncated, ResumeReadException.Reason.CORRUPT, "damaged");
        assertReason(ResumeFiles.zipBombDocx(), ResumeReadException.Reason.TOO_LARGE, "unpacks");
        assertReason(ResumeFiles.pdfWithoutText(), ResumeReadException.Reason.NO_TEXT, "OCR");
        assertReason(ResumeFiles.png(), ResumeReadException.Reason.UNSUPPORTED_TYPE, "neither");
        assertReason(ResumeFiles.xlsx(), ResumeReadException.Reason.UNSUPPORTED_TYPE, "not a Word document");
        assertReason(new byte[0], ResumeReadException.Reason.EMPTY, "empty");
        assertThatThrownBy(() -> new ResumeDocumentReader(100).read(ResumeFiles.pdf(), "cv.pdf"))
                .isInstanceOfSatisfying(ResumeReadException.class,
                        failure -> assertThat(failure.reason()).isEqualTo(ResumeReadException.Reason.TOO_LARGE));
    }

    @Test
    void sectionsContactSkillsAndDatedEntriesAreParsed() {
        ResumeSections sections = parser.parse(ResumeFiles.text(), LocalDate.of(2026, 3, 1));

        assertThat(sections.contact().name()).isEqualTo("Jane Doe");
        assertThat(sections.contact().email()).isEqualTo("jane.doe@example.org");
        assertThat(sections.contact().phone()).isEqualTo("+49 170 1234567");
        assertThat(sections.contact().links()).containsExactly("linkedin.com/in/janedoe");
        assertThat(sections.contact().location()).isEqualTo("Berlin, Germany");
        assertThat(sections.summary()).isEqualTo("Backend engineer building Java services for payments.");
        assertThat(sections.education()).contains("TU Berlin");
        assertThat(sections.skillsSection()).startsWith("Java, Spring Boot");
        assertThat(sections.skills()).contains("Java", "Spring Boot", "PostgreSQL", "Docker", "JUnit", "Git");
        assertThat(sections.experienceEntries()).extracting(ResumeSections.Experience::title)
                .containsExactly("Senior Backend Engineer", "Backend Developer");
        assertThat(sections.employers()).containsExactly("Initech GmbH", "Globex AG");
        assertThat(sections.experienceEntries().get(0).end()).isEqualTo("present");
        assertThat(sections.experienceEntries().get(1).text()).contains("billing APIs");
        // Jan 2016 - Feb 2020 is 49 months, Mar 2020 - Mar 2026 is 72: 121 months.
        assertThat(sections.yearsOfExperience()).isEqualTo(10.1);
    }

    @Test
    void aGermanResumeWithDatesOnTheirOwnLine() {
        ResumeSections sections = parser.parse("""
                Max Mustermann
                Hamburg, Deutschland
                Berufserfahrung
                Softwareentwickler bei Hanse Logistik
                01/2018 - heute
                Entwicklung von Kotlin-Diensten
                Ausbildung
                M.Sc. Informatik, Universität Hamburg
                Kenntnisse: Kotlin, Kafka, Kubernetes
                """, LocalDate.of(2026, 1, 1));

        assertThat(sections.contact().name()).isEqualTo("Max Mustermann");
        assertThat(sections.experienceEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.employer()).isEqualTo("Hanse Logistik");
            assertThat(entry.start()).isEqualTo("01/2018");
            assertThat(entry.text()).contains("Kotlin-Diensten");
        });
        assertThat(sections.yearsOfExperience()).isEqualTo(8.0);
        assertThat(sections.education()).contains("Universität Hamburg");
        assertThat(sections.skillsSection()).isEqualTo("Kotlin, Kafka, Kubernetes");
    }

    @Test
    void aResumeWithoutHeadingsIsAllSummaryAndMayStateItsYears() {
        ResumeSections sections = parser.parse("Data analyst with 6 years of experience in Python and SQL.",
                LocalDate.of(2026, 1, 1));

        assertThat(sections.summary()).startsWith("Data analyst");
        assertThat(sections.experience()).isNull();
        assertThat(sections.yearsOfExperience()).isEqualTo(6.0);
        assertThat(sections.skills()).containsExactly("Python", "SQL");
    }

    private void assertReason(byte[] content, ResumeReadException.Reason reason, String messagePart) {
        assertThatThrownBy(() -> reader.read(content, "resume.pdf"))
                .isInstanceOfSatisfying(ResumeReadException.class, failure -> {
                    assertThat(failure.reason()).isEqualTo(reason);
                    assertThat(failure.getMessage()).containsIgnoringCase(messagePart);
                });
    }
}
