package com.careergpt.service.scraping.collect;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.SalaryPeriod;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MissingFieldsFillerTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final SkillTaxonomy TAXONOMY = SkillTaxonomy.bundled();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    static final String SOURCE = "llm:openai/gpt-4o-mini-2024-07-18";

    /** A model that answers a fixed object, fails, or is not routed (null answer and no failure), counting calls. */
    static final class ScriptedModel implements ModelFieldSource {
        final AtomicInteger calls = new AtomicInteger();
        final String answer;
        final RuntimeException failure;

        ScriptedModel(String answer, RuntimeException failure) {
            this.answer = answer;
            this.failure = failure;
        }

        @Override
        public Optional<ModelFields> read(String postingText) {
            calls.incrementAndGet();
            assertThat(postingText).startsWith("Data Engineer");
            if (failure != null) {
                throw failure;
            }
            return answer == null ? Optional.empty() : Optional.of(new ModelFields(SOURCE, JSON.readTree(answer)));
        }
    }

    private static CollectionProperties properties(boolean llmFill) {
        return new CollectionProperties(50, 2_000_000, Duration.ofSeconds(60), "https://boards-api.greenhouse.io",
                "https://api.lever.co", llmFill);
    }

    private static MissingFieldsFiller filler(ModelFieldSource model, boolean llmFill) {
        return new MissingFieldsFiller(model, properties(llmFill), TAXONOMY, CLOCK);
    }

    private static JobPosting sparse() {
        return new JobPosting("Data Engineer", null, null, null, null, EmploymentType.FULL_TIME, null, null, null, null,
                null, "Data Engineer at Kelp Labs in Lisbon, paid 55 to 70 thousand euros. Posted 2026-11-20.", null,
                List.of(), new Provenance("text", "inline", "heuristic", null));
    }

    private static final String EXTRACTED = """
            {"title":"Data Engineer","company":"Kelp Labs","location":{"city":"Lisbon","region":null,"country":"Portugal"},
             "remote":"hybrid","salary":{"min":55000,"max":70000,"currency":"EUR","period":"year"},
             "employmentType":"contract","seniority":"mid","datePosted":"2026-11-20","skills":["sql","Snowflake"]}""";

    @Test
    void fillsOnlyWhatTheRulesLeftEmptyAndNamesTheModelForEachFilledField() {
        ScriptedModel model = new ScriptedModel(EXTRACTED, null);
        JobPosting filled = filler(model, true).fill(sparse());

        assertThat(filled.company()).isEqualTo("Kelp Labs");
        assertThat(filled.location()).isEqualTo(new Location("Lisbon", null, "PT"));
        assertThat(filled.salary().min()).isEqualByComparingTo(new BigDecimal("55000"));
        assertThat(filled.salary().currency()).isEqualTo("EUR");
        assertThat(filled.salary().period()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(filled.datePosted()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(filled.skills()).containsExactly("SQL", "Snowflake");
        assertThat(filled.employmentType()).as("the rules' value stays").isEqualTo(EmploymentType.FULL_TIME);
        assertThat(filled.fieldSources()).containsOnlyKeys("company", "location", "remote", "salary", "seniority",
                "datePosted", "skills").containsValue(SOURCE).doesNotContainKey("employmentType");
        assertThat(filled.provenance().extractor()).isEqualTo("heuristic+llm");
        assertThat(model.calls.get()).isEqualTo(1);
    }

    @Test
    void modelValuesThatFailTheRulesChecksAreLeftOut() {
        String invented = """
                {"title":"Data Engineer","company":"Globex Corporation","location":{"city":"Porto","region":null,"country":"Atlantis"},
                 "remote":"sometimes","salary":{"min":55000,"max":70000,"currency":"EURO","period":"year"},
                 "employmentType":"full_time","seniority":null,"datePosted":"2027-05-01","skills":["Underwater basket weaving"]}""";
        JobPosting filled = filler(new ScriptedModel(invented, null), true).fill(sparse());

        assertThat(filled.company()).as("a name the posting never writes").isNull();
        assertThat(filled.location()).as("a city the posting never writes, a country that is none").isNull();
        assertThat(filled.salary()).as("not an ISO 4217 currency").isNull();
        assertThat(filled.remote()).isNull();
        assertThat(filled.datePosted()).as("a date in the future").isNull();
        assertThat(filled.skills()).isEmpty();
        assertThat(filled.fieldSources()).isNull();
        assertThat(filled.provenance().extractor()).isEqualTo("heuristic");
    }

    @Test
    void anImplausiblePayForItsCurrencyIsLeftOut() {
        String tiny = EXTRACTED.replace("\"min\":55000,\"max\":70000,\"currency\":\"EUR\",\"period\":\"year\"",
                "\"min\":1,\"max\":2,\"currency\":\"USD\",\"period\":\"year\"");
        JobPosting filled = filler(new ScriptedModel(tiny, null), true).fill(sparse());

        assertThat(filled.salary()).isNull();
        assertThat(filled.company()).isEqualTo("Kelp Labs");
        assertThat(filled.fieldSources()).doesNotContainKey("salary");
    }

    @Test
    void aFailedModelNoRoutedModelOrTheSwitchOffLeaveThePostingAsItWas() {
        JobPosting posting = sparse();
        ScriptedModel failing = new ScriptedModel(null, new IllegalStateException("all routes failed"));
        assertThat(filler(failing, true).fill(posting)).isSameAs(posting);
        assertThat(filler(new ScriptedModel(null, null), true).fill(posting)).isSameAs(posting);
        ScriptedModel unused = new ScriptedModel(EXTRACTED, null);
        assertThat(filler(unused, false).fill(posting)).isSameAs(posting);
        assertThat(unused.calls.get()).isZero();
    }

    @Test
    void aPostingTheRulesFilledIsNotSentToTheModel() {
        ScriptedModel unused = new ScriptedModel(EXTRACTED, null);
        JobPosting complete = filler(new ScriptedModel(EXTRACTED, null), true).fill(sparse());
        JobPosting again = new JobPosting(complete.title(), complete.company(), complete.location(), complete.remote(),
                complete.salary(), complete.employmentType(), null, null, null, null, null, complete.description(),
                null, List.of(), complete.provenance(), Map.of());

        assertThat(filler(unused, true).fill(again)).isSameAs(again);
        assertThat(unused.calls.get()).isZero();
    }
}
