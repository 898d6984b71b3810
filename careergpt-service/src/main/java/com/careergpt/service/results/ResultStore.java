package com.careergpt.service.results;

import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.careergpt.common.web.ItemPage;
import com.careergpt.common.web.PageParams;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Keeps every analysis a user runs and gives each user back only their own. */
@Service
@Validated
public class ResultStore {

    static final int PREVIEW_CHARS = 160;

    private final AnalysisResultRepository results;
    private final JsonMapper json;
    private final Clock clock;

    ResultStore(AnalysisResultRepository results, JsonMapper json, Clock clock) {
        this.results = results;
        this.json = json;
        this.clock = clock;
    }

    /** Stores the result and answers its id. */
    @Transactional
    public String record(NewResult result) {
        String id = UUID.randomUUID().toString();
        results.save(new AnalysisResult(id, result, json.writeValueAsString(result.output()),
                result.grounding() == null ? null : json.writeValueAsString(result.grounding()), clock.instant()));
        return id;
    }

    @Transactional(readOnly = true)
    public ItemPage<ResultView> list(String ownerId, String task, @Valid PageParams paging) {
        PageRequest request = PageRequest.of(paging.page(), paging.size(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("id")));
        Page<AnalysisResult> found = task == null ? results.findByOwnerId(ownerId, request)
                : results.findByOwnerIdAndTask(ownerId, task, request);
        return new ItemPage<>(found.getContent().stream().map(this::summary).toList(), paging.page(), paging.size(),
                found.getTotalElements(), found.getTotalPages());
    }

    /** The owner's result; another user's or an unknown id is the same 404. */
    @Transactional(readOnly = true)
    public ResultView get(String ownerId, String id) {
        AnalysisResult result = results.findByIdAndOwnerId(id, ownerId).orElseThrow(() -> notFound(id));
        return new ResultView(result.id(), result.task(), result.jobId(), result.resumeId(), result.provider(),
                result.model(), result.promptVersion(), result.cached(), result.createdAt(), null,
                json.readTree(result.output()), result.grounding() == null ? null : json.readTree(result.grounding()));
    }

    @Transactional
    public void delete(String ownerId, String id) {
        results.delete(results.findByIdAndOwnerId(id, ownerId).orElseThrow(() -> notFound(id)));
    }

    private ResultView summary(AnalysisResult result) {
        return new ResultView(result.id(), result.task(), result.jobId(), result.resumeId(), result.provider(),
                result.model(), result.promptVersion(), result.cached(), result.createdAt(),
                preview(json.readTree(result.output())), null, null);
    }

    /** The first text found in the output (depth first), cut at a word boundary. */
    static String preview(JsonNode output) {
        String text = firstText(output);
        if (text == null) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= PREVIEW_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', PREVIEW_CHARS);
        return flat.substring(0, cut > PREVIEW_CHARS / 2 ? cut : PREVIEW_CHARS) + "…";
    }

    private static String firstText(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isString() && !node.asString().isBlank()) {
            return node.asString();
        }
        for (JsonNode child : node.values()) {
            String found = firstText(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static ProblemException notFound(String id) {
        return new ProblemException(ProblemType.RESULT_NOT_FOUND, "You have no result with id " + id + ".")
                .with("field", "id");
    }
}
