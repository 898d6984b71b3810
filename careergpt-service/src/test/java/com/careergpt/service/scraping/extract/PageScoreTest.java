package com.careergpt.service.scraping.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.SalaryPeriod;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The evaluation scores pages the way docs/evaluations.md describes. */
class PageScoreTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.bundled();

    private static JsonNode expected(String json) {
        return JSON.readTree(json);
    }

    private static JobPosting job(String title, Location location, Salary salary, List<String> skills) {
        return new JobPosting(title, "Ｎｏｒｄｗｉｎｄ GmbH", location, null, salary, EmploymentType.FULL_TIME, null,
                LocalDate.of(2025, 3, 4), null, null, null, "", "", skills, null);
    }

    @Test
    void stringsCompareAfterNfkcAndCaseFoldingAndAListMeansAnyOfItsValues() {
        PageScore score = PageScore.of("p", expected("""
                {"isJob": true, "title": ["Data Engineer", "Senior Data Engineer"], "company": "nordwind gmbh",
                 "location": {"city": "Köln", "country": "DE"}, "employmentType": "full_time", "datePosted": "2025-03-04"}"""),
                Optional.of(job("senior data engineer ", new Location("Köln", null, "DE"), null, List.of())), TAXONOMY);

        assertThat(score.fields()).containsEntry("title", 1.0).containsEntry("company", 1.0).containsEntry("city", 1.0)
                .containsEntry("country", 1.0).containsEntry("employmentType", 1.0).containsEntry("datePosted", 1.0)
                .doesNotContainKey("region").doesNotContainKey("salary");
    }

    @Test
    void salaryMatchesWithinOnePercentOrByItsYearlyFiguresAndSkillsScoreTheShareFound() {
        Salary monthly = new Salary(new BigDecimal("5000"), new BigDecimal("6000"), "EUR", SalaryPeriod.MONTH, "description",
                new BigDecimal("60000"), new BigDecimal("72000"), null);
        PageScore score = PageScore.of("p", expected("""
                {"isJob": true, "title": "X", "salary": {"min": 60000, "max": 72300, "currency": "EUR", "period": "year"},
                 "skills": ["Kubernetes", "Terraform", "k8s", "Go"]}"""),
                Optional.of(job("X", null, monthly, List.of("Kubernetes", "Go"))), TAXONOMY);

        assertThat(score.fields().get("salary")).isEqualTo(1.0);
        assertThat(score.fields().get("skills")).isEqualTo(0.75);
    }

    @Test
    void aMissedJobPageScoresEveryFieldZeroAndAStoredNonJobIsAFalseJob() {
        PageScore missed = PageScore.of("p", expected("{\"isJob\": true, \"title\": \"X\", \"skills\": [\"Java\"]}"),
                Optional.empty(), TAXONOMY);
        PageScore falseJob = PageScore.of("q", expected("{\"isJob\": false}"),
                Optional.of(job("Y", null, null, List.of())), TAXONOMY);

        assertThat(missed.missed()).isTrue();
        assertThat(missed.fields()).containsEntry("title", 0.0).containsEntry("skills", 0.0);
        assertThat(falseJob.falseJob()).isTrue();
        assertThat(falseJob.fields()).isEmpty();
    }
}
