package com.careergpt.service.llm.output;

import java.util.List;

import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.RenderedPrompt;
import com.careergpt.service.llm.prompt.PromptCatalog;
import com.careergpt.service.llm.support.ScriptedProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredOutputTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final PromptCatalog CATALOG = PromptCatalog.load();
    final StructuredOutput output = new StructuredOutput(JSON);

    static RenderedPrompt prompt(LlmTask task) {
        var template = CATALOG.newest(task).orElseThrow();
        return new RenderedPrompt(template.version(), template.system(), "user text", template.outputSchema());
    }

    static final String SUMMARY = ScriptedProvider.VALID.get(LlmTask.JOB_SUMMARY);

    @ParameterizedTest
    @ValueSource(strings = {
            "```json\n%s\n```",
            "<think>The user wants JSON. {\"draft\": 1}</think>\n%s",
            "Sure! Here is the summary you asked for:\n\n%s\n\nLet me know if you need more.",
            "The reasoning goes here without an opening tag.</think>%s"})
    void wrappedJsonIsUnwrapped(String wrapper) {
        OutputCheck check = output.check(prompt(LlmTask.JOB_SUMMARY), wrapper.formatted(SUMMARY));
        assertThat(check.errors()).isEmpty();
        assertThat(check.output()).isEqualTo(JSON.readTree(SUMMARY));
    }

    @Test
    void smartQuotesAsJsonSyntaxAndTrailingCommasAreFixedButQuotesInsideTextStay() {
        String bent = """
                {“summary”: “A role, said to be “exciting”.”, "mustHaveSkills": ["Java", "SQL",],
                 "niceToHaveSkills": [], "seniority": null, "redFlags": ["pay described as “competitive” only",],}""";
        OutputCheck check = output.check(prompt(LlmTask.JOB_SUMMARY), bent);
        assertThat(check.errors()).isEmpty();
        assertThat(check.output().path("summary").asString()).isEqualTo("A role, said to be “exciting”.");
        assertThat(check.output().path("mustHaveSkills")).hasSize(2);
        assertThat(check.output().path("redFlags").get(0).asString()).isEqualTo("pay described as “competitive” only");
    }

    @Test
    void trailingCommaInsideAStringIsKept() {
        assertThat(JsonOutputCleaner.withoutTrailingCommas("{\"a\": \"x, ]\", \"b\": [1, 2, ], }"))
                .isEqualTo("{\"a\": \"x, ]\", \"b\": [1, 2 ] }");
        assertThat(JsonOutputCleaner.withoutTrailingCommas("{\"a\": \"quote \\\", ]\",}"))
                .isEqualTo("{\"a\": \"quote \\\", ]\"}");
    }

    @Test
    void schemaViolationsAreListedWithTheirPath() {
        String wrong = """
                {"summary": "x", "mustHaveSkills": "Java", "niceToHaveSkills": [], "seniority": "guru",
                 "redFlags": [], "extra": 1}""";
        OutputCheck check = output.check(prompt(LlmTask.JOB_SUMMARY), wrong);
        assertThat(check.ok()).isFalse();
        assertThat(String.join("\n", check.errors())).contains("$.mustHaveSkills").contains("$.seniority")
                .contains("$: ").contains("extra");
    }

    @Test
    void aMissingRequiredFieldAndNonJsonAreInvalid() {
        assertThat(output.check(prompt(LlmTask.RESUME_JOB_MATCH), "{\"score\": 50}").errors())
                .anySatisfy(error -> assertThat(error).contains("matchedSkills"));
        assertThat(output.check(prompt(LlmTask.RESUME_JOB_MATCH), "I cannot help with that.").errors())
                .containsExactly("the answer is not a JSON object");
        assertThat(output.check(prompt(LlmTask.RESUME_JOB_MATCH), "  ").errors()).containsExactly("the answer is empty");
        assertThat(output.check(prompt(LlmTask.RESUME_JOB_MATCH),
                ScriptedProvider.VALID.get(LlmTask.RESUME_JOB_MATCH).replace("81", "181")).ok()).isFalse();
    }

    @Test
    void proseIsWrappedAsTextWithoutReasoningOrAnOuterFence() {
        OutputCheck check = output.check(prompt(LlmTask.COVER_LETTER),
                "<think>plan the letter</think>\n```markdown\nDear team,\n\nHello.\n```");
        assertThat(check.output()).isEqualTo(JSON.readTree("{\"text\": \"Dear team,\\n\\nHello.\"}"));
        assertThat(output.check(prompt(LlmTask.COVER_LETTER), "<think>only thinking</think>").ok()).isFalse();
    }

    @Test
    void theRepairPromptCarriesTheRejectedAnswerAndTheErrors() {
        RenderedPrompt original = prompt(LlmTask.JOB_SUMMARY);
        RenderedPrompt repair = output.repairPrompt(original, "{\"summary\": 1}", List.of("$.summary: wrong type"));
        assertThat(repair.user()).startsWith(original.user())
                .contains("<previous_answer>\n{\"summary\": 1}\n</previous_answer>")
                .contains("- $.summary: wrong type");
        assertThat(repair.system()).isEqualTo(original.system());
        assertThat(repair.outputSchema()).isEqualTo(original.outputSchema());
        assertThat(repair.promptVersion()).isEqualTo(original.promptVersion());
    }
}
