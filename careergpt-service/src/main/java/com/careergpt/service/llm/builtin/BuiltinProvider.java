package com.careergpt.service.llm.builtin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import com.careergpt.service.embeddings.BundledEmbeddingModel;
import com.careergpt.service.llm.LlmProvider;
import com.careergpt.service.llm.LlmProviderException;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.llm.ProviderStatus;
import com.careergpt.service.llm.TokenUsage;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.extract.JobPageExtractor;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.json.JsonMapper;

/**
 * The default provider: no key, no network. Rules, the skills taxonomy, the job extractor and a bundled sentence-
 * embedding model do real work on the call's inputs (it ignores the rendered prompt). It cannot write freely: cover
 * letters and interview preparation are templates filled with the job's and the resume's own facts. Token counts
 * are estimates (4 characters a token).
 */
@Component
public class BuiltinProvider implements LlmProvider {

    public static final String NAME = "builtin";
    public static final String MODEL = "builtin-rules-v1";

    private final JobPageExtractor extractor;
    private final JobSummarizer summarizer;
    private final ResumeReviewer reviewer;
    private final ResumeJobMatcher matcher;
    private final ProseWriter writer;
    private final MarketAnswerer market = new MarketAnswerer();
    private final JsonMapper json = JsonMapper.builder().build();

    public BuiltinProvider(SkillTaxonomy taxonomy, BundledEmbeddingModel embeddings, JobPageExtractor extractor) {
        this.extractor = extractor;
        this.summarizer = new JobSummarizer(taxonomy, embeddings);
        this.reviewer = new ResumeReviewer(taxonomy);
        this.matcher = new ResumeJobMatcher(taxonomy, embeddings);
        this.writer = new ProseWriter(taxonomy);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderStatus status() {
        return new ProviderStatus(NAME, true, "in-process rules, skills taxonomy and " + BundledEmbeddingModel.MODEL_NAME
                + " embeddings; prose is template-based", List.of(MODEL));
    }

    @Override
    public ProviderReply call(ProviderRequest request) {
        TaskInputs inputs = TaskInputs.of(request.inputs());
        String text = switch (request.task()) {
            case JOB_EXTRACT -> json.writeValueAsString(extract(inputs));
            case JOB_SUMMARY -> json.writeValueAsString(summarizer.summarize(inputs));
            case RESUME_REVIEW -> json.writeValueAsString(reviewer.review(inputs.resumeText()));
            case RESUME_JOB_MATCH -> {
                ResumeJobMatcher.Match match = matcher.match(inputs);
                Map<String, Object> output = new LinkedHashMap<>();
                output.put("score", match.score());
                output.put("matchedSkills", match.matchedSkills());
                output.put("missingSkills", match.missingSkills());
                output.put("explanation", match.explanation());
                output.put("suggestions", match.suggestions());
                yield json.writeValueAsString(output);
            }
            case COVER_LETTER -> writer.coverLetter(inputs, matcher.match(inputs));
            case INTERVIEW_PREP -> writer.interviewPrep(inputs, summarizer.summarize(inputs));
            case MARKET_QUESTION -> json.writeValueAsString(market.answer(inputs.question(), inputs.stats()));
        };
        String input = request.inputs() == null ? "" : request.inputs().toString();
        return new ProviderReply(MODEL, text, new TokenUsage(estimateTokens(input), estimateTokens(text)));
    }

    /** Prose arrives sentence by sentence, as a streamed model answer would. */
    @Override
    public ProviderReply stream(ProviderRequest request, Consumer<String> onText) {
        ProviderReply reply = call(request);
        for (String piece : reply.text().split("(?<=[.!?:\\n])")) {
            onText.accept(piece);
        }
        return reply;
    }

    private Map<String, Object> extract(TaskInputs inputs) {
        String text = (inputs.jobTitle() != null && !inputs.jobText().startsWith(inputs.jobTitle())
                ? inputs.jobTitle() + "\n" : "") + inputs.jobText();
        if (text.isBlank()) {
            throw new LlmProviderException(LlmProviderException.Kind.BAD_REQUEST, NAME, "job_extract needs text");
        }
        JobPosting posting = extractor.extractFromText(text, Instant.now()).orElse(null);
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("title", posting == null ? null : posting.title());
        output.put("company", posting == null ? null : posting.company());
        Map<String, Object> location = null;
        if (posting != null && posting.location() != null) {
            location = new LinkedHashMap<>();
            location.put("city", posting.location().city());
            location.put("region", posting.location().region());
            location.put("country", posting.location().country());
        }
        output.put("location", location);
        output.put("remote", posting == null || posting.remote() == null ? null : posting.remote().json());
        Map<String, Object> salary = null;
        if (posting != null && posting.salary() != null) {
            salary = new LinkedHashMap<>();
            salary.put("min", posting.salary().min());
            salary.put("max", posting.salary().max());
            salary.put("currency", posting.salary().currency());
            salary.put("period", posting.salary().period() == null ? null : posting.salary().period().json());
        }
        output.put("salary", salary);
        output.put("employmentType", posting == null || posting.employmentType() == null ? null : posting.employmentType().json());
        output.put("seniority", posting == null || posting.seniority() == null ? null : posting.seniority().json());
        output.put("datePosted", posting == null || posting.datePosted() == null ? null : posting.datePosted().toString());
        output.put("skills", posting == null ? List.of() : posting.skills());
        return output;
    }

    private static long estimateTokens(String text) {
        return (text.length() + 3) / 4;
    }
}
