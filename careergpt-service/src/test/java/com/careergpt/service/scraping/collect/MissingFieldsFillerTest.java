package com.careergpt.service.scraping.collect;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCallFailedException;
import com.careergpt.service.llm.LlmResult;
import com.careergpt.service.llm.LlmRouter;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.TokenUsage;
import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.SalaryPeriod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MissingFieldsFillerTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A router that answers job_extract with a fixed object, or fails, and counts its calls. */
    static final class ScriptedRouter implements LlmRouter {
        final AtomicInteger calls = new AtomicInteger();
        final String answer;

        ScriptedRouter(String answer) {
            this.answer = answer;
        }

        @Override
        public LlmResult run(LlmCall call) {
            calls.incrementAndGet();
            assertThat(call.task()).isEqualTo(LlmTask.JOB_EXTRACT);
            assertThat(call.inputs().path("text").asString()).startsWith("Data Engineer");
            if (answer == null) {
                throw LlmCallFailedException.allRoutesFailed(LlmTask.JOB_EXTRACT,
                        List.of(new LlmCallFailedException.Attempt("openai", "gpt-4o-mini", "timeout")));
            }
            return new LlmResult(LlmTask.JOB_EXTRACT, "openai", "gpt-4o-mini", "v1", TokenUsage.NONE, 5, 0, false,
                    JSON.readTree(answer));
        }

        @Override
        public LlmResult stream(LlmCall call, Consumer<String> onText) {
            return run(call);
        }
    }

    private static CollectionProperties properties(boolean llmFill) {
        return new CollectionProperties(50, 2_000_000, Duration.ofSeconds(60), "https://boards-api.greenhouse.io",
                "https://api.lever.co", llmFill);
    }

    private static JobPosting sparse() {
        return new JobPosting("Data Engineer", null, null, null, null, EmploymentType.FULL_TIME, null, null, null, null,
                null, "Data Engineer at Kelp Labs in Lisbon, paid 55 to 70 thousand euros.", null, List.of("SQL"),
                new Provenance("text", "inline", "heuristic", null));
    }

    private static final String EXTRACTED = """
            {"title":"Data Engineer","company":"Kelp Labs","location":{"city":"Lisbon","region":null,"country":"Portugal"},
             "remote":"hybrid","salary":{"min":55000,"max":70000,"currency":"EUR","period":"year"},
             "employmentType":"contract","seniority":"mid","skills":["SQL"]}""";

    @Test
    void fillsOnlyWhatTheExtractorsLeftEmpty() {
        ScriptedRouter router = new ScriptedRouter(EXTRACTED);
        JobPosting filled = new MissingFieldsFiller(router, properties(true), JSON).fill(sparse());

        assertThat(filled.company()).isEqualTo("Kelp Labs");
        assertThat(filled.location()).isEqualTo(new Location("Lisbon", null, "PT"));
        assertThat(filled.salary().min()).isEqualByComparingTo(new BigDecimal("55000"));
        assertThat(filled.salary().period()).isEqualTo(SalaryPeriod.YEAR);
        assertThat(filled.employmentType()).as("kept from the page").isEqualTo(EmploymentType.FULL_TIME);
        assertThat(filled.provenance().extractor()).isEqualTo("heuristic+llm");
        assertThat(router.calls.get()).isEqualTo(1);
    }

    @Test
    void aFailedCallOrTheSwitchOffLeavesThePostingAsItWas() {
        JobPosting posting = sparse();
        assertThat(new MissingFieldsFiller(new ScriptedRouter(null), properties(true), JSON).fill(posting)).isSameAs(posting);
        ScriptedRouter unused = new ScriptedRouter(EXTRACTED);
        assertThat(new MissingFieldsFiller(unused, properties(false), JSON).fill(posting)).isSameAs(posting);
        assertThat(unused.calls.get()).isZero();
    }
}
