package com.careergpt.service.scraping.collect;

import java.math.BigDecimal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCallFailedException;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.LlmRouter;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.SalaryPeriod;
import com.careergpt.service.scraping.Seniority;
import com.careergpt.service.scraping.normalize.Locations;
import com.careergpt.service.scraping.normalize.SalaryParser;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The last extraction step, when {@code careergpt.collect.llm-fill} is on: the LLM router's {@code job_extract} task
 * reads the post's text and fills only the fields the structured data and heuristics left empty. The route decides
 * the model (builtin by default; an OpenAI-compatible or Ollama model when configured). A failed call leaves the
 * posting as it was: the fill is a bonus, never a reason to lose a job.
 */
@Component
class MissingFieldsFiller {

    private static final Logger log = LoggerFactory.getLogger(MissingFieldsFiller.class);

    private final LlmRouter router;
    private final CollectionProperties properties;
    private final JsonMapper json;

    MissingFieldsFiller(LlmRouter router, CollectionProperties properties, JsonMapper json) {
        this.router = router;
        this.properties = properties;
        this.json = json;
    }

    JobPosting fill(JobPosting posting) {
        if (!properties.llmFill() || complete(posting)) {
            return posting;
        }
        ObjectNode inputs = json.createObjectNode();
        inputs.put("text", posting.title() + "\n" + (posting.description() == null ? "" : posting.description()));
        JsonNode found;
        try {
            found = router.run(new LlmCall(LlmTask.JOB_EXTRACT, inputs, LlmCaller.service("scraper"))).output();
        } catch (LlmCallFailedException failed) {
            log.warn("LLM extraction for missing fields of '{}' failed: {}", posting.title(), failed.getMessage());
            return posting;
        }
        Location location = posting.location() != null ? posting.location() : location(found.path("location"));
        Salary salary = posting.salary() != null ? posting.salary() : salary(found.path("salary"));
        Provenance provenance = posting.provenance() == null ? null : new Provenance(posting.provenance().source(),
                posting.provenance().fetcher(), posting.provenance().extractor() + "+llm", posting.provenance().fetchedAt());
        return new JobPosting(posting.title(),
                posting.company() != null ? posting.company() : text(found.path("company")),
                location,
                posting.remote() != null ? posting.remote() : RemoteMode.fromJson(text(found.path("remote"))).orElse(null),
                salary,
                posting.employmentType() != null ? posting.employmentType()
                        : EmploymentType.fromJson(text(found.path("employmentType"))).orElse(null),
                posting.seniority() != null ? posting.seniority() : Seniority.fromJson(text(found.path("seniority"))).orElse(null),
                posting.datePosted(), posting.validThrough(), posting.applyUrl(), posting.canonicalUrl(),
                posting.description(), posting.descriptionMarkdown(), posting.skills(), provenance);
    }

    private static boolean complete(JobPosting posting) {
        return posting.company() != null && posting.location() != null && posting.salary() != null
                && posting.employmentType() != null && posting.remote() != null;
    }

    private static Location location(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        return Locations.of(text(node.path("city")), text(node.path("region")), text(node.path("country")));
    }

    private static Salary salary(JsonNode node) {
        if (!node.isObject()) {
            return null;
        }
        BigDecimal min = node.path("min").isNumber() ? node.path("min").decimalValue() : null;
        BigDecimal max = node.path("max").isNumber() ? node.path("max").decimalValue() : null;
        String period = SalaryPeriod.fromJson(text(node.path("period"))).map(SalaryPeriod::json).orElse(null);
        return SalaryParser.structured(min, max, text(node.path("currency")), period).orElse(null);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() || node.asString().isBlank() ? null : node.asString();
    }
}
