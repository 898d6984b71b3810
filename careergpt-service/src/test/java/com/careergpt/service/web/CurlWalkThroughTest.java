package com.careergpt.service.web;

import java.util.List;

import com.careergpt.service.web.CurlWalkThrough.Step;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CurlWalkThroughTest {

    private static final List<String> MARKDOWN = List.of(
            "Text with `curl -s $B/not-a-step` outside a block.",
            "```bash",
            "B=http://localhost:8080",
            "# 202 with the collection id: a background collection",
            "curl -s -X POST $B/api/jobs/collect \\",
            "     -d '{\"url\":\"https://example.com/#top\"}'",
            "# {\"id\":\"5b0c...\",\"status\":\"queued\",",
            "#  \"items\":[]}",
            "curl -s $B/api/collections/5b0c...   # 404 for anyone else's",
            "# A note on the next command, which names no status (200, 202 both fine)",
            "curl -s $B/api/jobs",
            "```",
            "```json",
            "{\"not\":\"a step\"}",
            "```");

    @Test
    void stepsAreTheLinesOfBashBlocksWithContinuationsJoined() {
        List<Step> steps = CurlWalkThrough.parse(MARKDOWN);

        assertThat(steps).extracting(Step::command).containsExactly("B=http://localhost:8080",
                "curl -s -X POST $B/api/jobs/collect  -d '{\"url\":\"https://example.com/#top\"}'",
                "curl -s $B/api/collections/5b0c...", "curl -s $B/api/jobs");
        assertThat(steps.get(1).line()).isEqualTo(5);
    }

    @Test
    void aStatusIsTheNumberAStepsCommentStartsWithAndOtherwiseNone() {
        List<Step> steps = CurlWalkThrough.parse(MARKDOWN);

        assertThat(steps).extracting(Step::expectedStatus).containsExactly(null, 202, 404, null);
    }

    @Test
    void theAnswerSampleUnderACommandBelongsToIt() {
        Step collect = CurlWalkThrough.parse(MARKDOWN).get(1);

        assertThat(collect.sample()).contains("\"id\":\"5b0c...\"", "\"items\":[]");
    }
}
