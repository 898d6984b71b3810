package com.careergpt.service.grounding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.json.JsonMapper;

class GroundingCheckTest {

    private static final String RESUME = """
            Jane Doe
            Experience
            Backend Engineer, Initech — 2019 – present
            - Cut API latency by 40% for 2,000,000 daily users with Java and PostgreSQL
            - Led a team of 5 engineers
            Skills: Java, Spring Boot, PostgreSQL, Docker
            """;

    private final GroundingCheck check = new GroundingCheck(SkillTaxonomy.bundled());

    @Test
    void textThatOnlyRepeatsTheResumeIsGrounded() {
        GroundingReport report = check.check("""
                I am applying for the Backend role at Globex.
                - Cut API latency by 40% for 2,000,000 users with Java and PostgreSQL at Initech
                - Led a team of 5 engineers
                """, RESUME, "Globex");

        assertThat(report.flags()).isEmpty();
        assertThat(report.grounded()).isTrue();
    }

    @Test
    void inventedNumbersEmployersAndSkillsAreFlaggedWithTheirSentence() {
        GroundingReport report = check.check("""
                At Initech I cut latency by 60% and saved $3M.
                Before that I worked at Hooli on Kubernetes and Terraform for 8 years.
                """, RESUME, "Globex");

        assertThat(report.flags()).extracting(GroundingFlag::kind, GroundingFlag::value).containsExactlyInAnyOrder(
                tuple("number", "60%"), tuple("number", "3m"), tuple("number", "8"),
                tuple("employer", "Hooli"), tuple("skill", "Kubernetes"), tuple("skill", "Terraform"));
        assertThat(report.flags()).filteredOn(flag -> flag.value().equals("Hooli")).singleElement()
                .extracting(GroundingFlag::sentence).asString().startsWith("Before that I worked at Hooli");
    }

    @Test
    void sentencesAboutTheJobOrWhatIsMissingClaimNothing() {
        GroundingReport report = check.check("""
                The role asks for Kubernetes and 7 years of Go.
                I have not yet worked with Kubernetes in production and would welcome the chance to.
                I would be glad to join Globex.
                """, RESUME, "Globex");

        assertThat(report.grounded()).isTrue();
        assertThat(report.flags()).isEmpty();
    }

    @Test
    void checksEveryStringOfAJsonAnswerButNotItsNumbersAsFields() {
        var output = JsonMapper.builder().build().readTree("""
                {"score": 87, "summary": "I shipped 12 services.", "suggestions": ["- Mention your Rust work"]}
                """);

        GroundingReport report = check.check(output, RESUME, null);

        assertThat(report.flags()).extracting(GroundingFlag::value).containsExactly("12");
    }
}
