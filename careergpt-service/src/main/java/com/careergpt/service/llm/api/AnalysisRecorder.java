package com.careergpt.service.llm.api;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.careergpt.service.grounding.GroundingCheck;
import com.careergpt.service.grounding.GroundingReport;
import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmResult;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.results.NewResult;
import com.careergpt.service.results.ResultStore;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps every answered analysis in the caller's results and, for tasks that write about the candidate, checks the
 * answer against the resume it was given.
 */
@Component
class AnalysisRecorder {

    static final Set<LlmTask> WRITES_ABOUT_CANDIDATE = Set.of(LlmTask.COVER_LETTER, LlmTask.RESUME_REVIEW,
            LlmTask.RESUME_JOB_MATCH);

    private final ResultStore results;
    private final GroundingCheck grounding;
    private final JsonMapper json;

    AnalysisRecorder(ResultStore results, GroundingCheck grounding, JsonMapper json) {
        this.results = results;
        this.grounding = grounding;
        this.json = json;
    }

    AnalysisResponse record(LlmCall call, LlmResult result) {
        GroundingReport report = grounding(call, result);
        JsonNode inputs = call.inputs();
        String resultId = results.record(new NewResult(call.caller().userId(), call.task().json(),
                text(inputs.path("job").get("id")), text(inputs.path("resume").get("id")), result.provider(),
                result.model(), result.promptVersion(), result.cached(), result.output(),
                report == null ? null : json.valueToTree(report)));
        return new AnalysisResponse(resultId, result, report);
    }

    private GroundingReport grounding(LlmCall call, LlmResult result) {
        if (!WRITES_ABOUT_CANDIDATE.contains(call.task())) {
            return null;
        }
        JsonNode inputs = call.inputs();
        String resume = text(inputs.path("resume").get("text"));
        if (resume == null) {
            resume = text(inputs.get("text"));
        }
        if (resume == null) {
            return null;
        }
        JsonNode checked = call.task() == LlmTask.RESUME_REVIEW || call.task() == LlmTask.RESUME_JOB_MATCH
                ? withoutSkillLists(result.output()) : result.output();
        return grounding.check(checked, resume, text(inputs.path("job").get("company")));
    }

    /** Skill lists name skills, they do not claim them. */
    private static JsonNode withoutSkillLists(JsonNode output) {
        if (!output.isObject()) {
            return output;
        }
        ObjectNode copy = (ObjectNode) output.deepCopy();
        copy.remove(List.of("skills", "matchedSkills", "missingSkills"));
        return copy;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() || node.asString().isBlank() ? null
                : node.asString();
    }
}
