package com.careergpt.service.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SkillTaxonomyTest {

    private final SkillTaxonomy taxonomy = SkillTaxonomy.bundled();

    @Test
    void theTaxonomyReadInTheBackgroundAnswersAsTheOneReadAtOnce() {
        SkillTaxonomy background = SkillTaxonomy.bundledInBackground();
        String text = "We run k8s on AWS, write JS and use Postgres; Go, Excel and Unity.";

        assertThat(background.skillsIn(text)).isEqualTo(taxonomy.skillsIn(text));
        assertThat(background.skills()).isEqualTo(taxonomy.skills());
        assertThat(background.lookup("k8s")).isEqualTo(taxonomy.lookup("k8s"));
    }

    @Test
    void aliasesResolveToCanonicalNames() {
        assertThat(taxonomy.skillsIn("We run k8s on AWS, write JS and use Postgres."))
                .containsExactly("Kubernetes", "AWS", "JavaScript", "PostgreSQL");
    }

    @Test
    void longestAliasWinsAndWordBoundariesHold() {
        assertThat(taxonomy.skillsIn("React Native and Spring Boot, not JavaScript-free Javanese"))
                .containsExactly("React Native", "Spring Boot", "JavaScript");
        assertThat(taxonomy.skillsIn("PostgreSQL")).containsExactly("PostgreSQL");
    }

    @Test
    void symbolsInsideNamesAreKept() {
        assertThat(taxonomy.skillsIn("C++, C#, Node.js and .NET; scikit-learn; CI/CD."))
                .containsExactly("C++", "C#", "Node.js", "ASP.NET", "scikit-learn", "CI/CD");
    }

    @Test
    void exactCaseAliasesIgnoreOrdinaryWords() {
        assertThat(taxonomy.skillsIn("You will go far and excel at unity of purpose")).isEmpty();
        assertThat(taxonomy.skillsIn("Go, Excel and Unity")).containsExactly("Go", "Excel", "Unity");
    }

    @Test
    void hyphenatedCompoundsStillNameTheSkill() {
        assertThat(taxonomy.skillsIn("a Java-based, Kafka-driven platform")).containsExactly("Java", "Kafka");
    }

    @Test
    void lookupAndCanonicalizeAcceptAliases() {
        assertThat(taxonomy.lookup("golang")).map(Skill::name).hasValue("Go");
        assertThat(taxonomy.lookup("sklearn")).map(Skill::name).hasValue("scikit-learn");
        assertThat(taxonomy.lookup("cobol programming")).isEmpty();
        assertThat(taxonomy.canonicalize(List.of("k8s", "Kubernetes", "nonsense", "ts")))
                .containsExactly("Kubernetes", "TypeScript");
    }

    @Test
    void mentionsCarryTheirPosition() {
        String text = "Strong Terraform skills";
        SkillMention mention = taxonomy.find(text).get(0);
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo("Terraform");
    }

    @Test
    void onetTechnologiesAreKnownByShortNamesAndTheirOnetNames() {
        assertThat(taxonomy.skillsIn("Mainframe work: IBM DB2, job control language JCL and Microsoft SharePoint."))
                .contains("DB2", "JCL", "SharePoint");
        assertThat(taxonomy.lookup("Microsoft Active Directory")).map(Skill::name).hasValue("Active Directory");
        assertThat(taxonomy.lookup("VMware")).isPresent();
    }

    @Test
    void ambiguousNamesCountInAPostingOnlyInASkillsContext() {
        String posting = """
                Go to https://example.com/apply to apply. Our office is at 12 Main Street, Phoenix.
                Cypress Group is an equal opportunity employer.
                Experience with Go and Rust is a plus.
                """;
        assertThat(taxonomy.skillsInPosting(posting, List.of())).containsExactly("Go", "Rust");
        assertThat(taxonomy.skillsInPosting("You will write services in Kotlin, Swift and R.", List.of()))
                .containsExactly("Kotlin", "Swift", "R");
        assertThat(taxonomy.skillsInPosting("", List.of("Spring, Phoenix"))).containsExactly("Spring", "Phoenix");
    }

    @Test
    void theItemsOfARequirementsListAreOneContextButALineStartingWithTheNameIsNot() {
        String requirements = """
                Working knowledge of GraphQL and REST
                Unit tests with Jest
                Bonus: native modules in Swift or Kotlin
                """;
        assertThat(taxonomy.skillsInPosting(requirements, List.of()))
                .containsExactly("GraphQL", "REST", "Jest", "Swift", "Kotlin");
        String footer = """
                Experience with Kotlin
                Go to https://example.com/apply
                Phoenix, AZ 85004
                """;
        assertThat(taxonomy.skillsInPosting(footer, List.of())).containsExactly("Kotlin");
    }
}
