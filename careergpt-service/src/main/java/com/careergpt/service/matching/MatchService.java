package com.careergpt.service.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.embeddings.JobVectors;
import com.careergpt.service.embeddings.Neighbor;
import com.careergpt.service.embeddings.ResumeVectors;
import com.careergpt.service.embeddings.Vectors;
import com.careergpt.service.grounding.GroundingCheck;
import com.careergpt.service.grounding.GroundingReport;
import com.careergpt.service.llm.LlmCall;
import com.careergpt.service.llm.LlmCallFailedException;
import com.careergpt.service.llm.LlmCaller;
import com.careergpt.service.llm.LlmResult;
import com.careergpt.service.llm.LlmRouter;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.resumes.ResumeService;
import com.careergpt.service.resumes.StoredResume;
import com.careergpt.service.results.NewResult;
import com.careergpt.service.results.ResultStore;
import com.careergpt.service.scraping.jobs.JobFilter;
import com.careergpt.service.scraping.jobs.JobQueries;
import com.careergpt.service.scraping.jobs.JobView;
import com.careergpt.service.search.SemanticJobSearch;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Matches a resume with a job (local ATS score, then a model's explanation through the router) or ranks the stored
 * jobs for a resume (the closest by meaning, ordered by their local score; no model call). Both are kept in the
 * owner's results. When no model can explain, the answer still comes, explained by its own breakdown.
 */
@Service
@Validated
public class MatchService {

    static final int CANDIDATES = 50;
    static final int MAX_LIMIT = 50;
    static final int DEFAULT_LIMIT = 10;

    private final ResumeService resumes;
    private final JobQueries jobs;
    private final JobVectors jobVectors;
    private final ResumeVectors resumeVectors;
    private final SemanticJobSearch search;
    private final AtsScorer scorer;
    private final LlmRouter router;
    private final GroundingCheck grounding;
    private final ResultStore results;
    private final JsonMapper json;

    MatchService(ResumeService resumes, JobQueries jobs, JobVectors jobVectors, ResumeVectors resumeVectors,
            SemanticJobSearch search, AtsScorer scorer, LlmRouter router, GroundingCheck grounding,
            ResultStore results, JsonMapper json) {
        this.resumes = resumes;
        this.jobs = jobs;
        this.jobVectors = jobVectors;
        this.resumeVectors = resumeVectors;
        this.search = search;
        this.scorer = scorer;
        this.router = router;
        this.grounding = grounding;
        this.results = results;
        this.json = json;
    }

    /**
     * {@code POST /api/match}'s request (or the MCP tool's) answered: a {@link MatchAnswer} when it names a job, else a
     * {@link RankingAnswer}. A request breaking {@link MatchRequest}'s constraints is refused before it gets here.
     */
    public Object answer(@Valid MatchRequest request, LlmCaller caller) {
        if (request.jobId() != null && !request.jobId().isBlank()) {
            return match(request.resumeId().strip(), request.jobId().strip(), caller);
        }
        return rank(request.resumeId().strip(), request.limit() == null ? DEFAULT_LIMIT : request.limit(), caller);
    }

    public MatchAnswer match(String resumeId, String jobId, LlmCaller caller) {
        StoredResume resume = resumes.stored(resumeId, caller.userId());
        JobView job = job(jobId);
        double similarity = Vectors.dot(resumeVectors.vectorOf(resume.id(), resume.text()), jobVectors.vectorOf(job.id()));
        AtsMatch ats = scorer.score(facts(resume), facts(job), similarity);

        String explanation;
        List<String> suggestions = new ArrayList<>();
        MatchAnswer.Explainer explainer;
        try {
            LlmResult explained = router.run(new LlmCall(LlmTask.RESUME_JOB_MATCH, explanationInputs(resume, job, ats),
                    caller));
            explanation = explained.output().path("explanation").asString(ats.breakdown());
            explained.output().path("suggestions").forEach(suggestion -> suggestions.add(suggestion.asString()));
            explainer = new MatchAnswer.Explainer(explained.provider(), explained.model(), explained.promptVersion());
        } catch (LlmCallFailedException noModel) {
            if (noModel.status() != HttpStatus.SERVICE_UNAVAILABLE) {
                throw noModel;
            }
            explanation = ats.breakdown() + " No model could explain it just now: " + noModel.getMessage();
            explainer = new MatchAnswer.Explainer("local", null, null);
        }
        GroundingReport report = grounding.check(explanation + "\n" + String.join("\n", suggestions), resume.text(),
                job.company());
        MatchAnswer answer = new MatchAnswer(null, resume.id(), job.id(), ats.score(), ats.matchedSkills(),
                ats.missingSkills(), explanation, suggestions, ats.subScores(), ats.keywords(), ats.missingKeywords(),
                ats.similarity(), ats.breakdown(), explainer, report);
        String resultId = results.record(new NewResult(caller.userId(), "match", job.id(), resume.id(),
                explainer.provider(), explainer.model(), explainer.promptVersion(), false, output(answer),
                json.valueToTree(report)));
        return new MatchAnswer(resultId, answer.resumeId(), answer.jobId(), answer.score(), answer.matchedSkills(),
                answer.missingSkills(), answer.explanation(), answer.suggestions(), answer.subScores(),
                answer.keywords(), answer.missingKeywords(), answer.similarity(), answer.breakdown(),
                answer.explainedBy(), answer.grounding());
    }

    public RankingAnswer rank(String resumeId, int limit, LlmCaller caller) {
        StoredResume resume = resumes.stored(resumeId, caller.userId());
        float[] vector = resumeVectors.vectorOf(resume.id(), resume.text());
        List<Neighbor> nearest = search.nearest(vector, CANDIDATES,
                new JobFilter(null, null, null, null, null, null, null, null, null, false));
        Map<String, Double> similarity = new HashMap<>();
        nearest.forEach(neighbor -> similarity.put(neighbor.id(), neighbor.similarity()));
        ResumeFacts facts = facts(resume);
        List<RankedJob> ranked = new ArrayList<>();
        for (JobView job : jobs.views(nearest.stream().map(Neighbor::id).toList(), true)) {
            AtsMatch ats = scorer.score(facts, facts(job), similarity.get(job.id()));
            ranked.add(new RankedJob(job.id(), job.title(), job.company(), job.location(), job.remote(), ats.score(),
                    ats.similarity(), ats.matchedSkills(), ats.missingSkills()));
        }
        ranked.sort(Comparator.comparingInt(RankedJob::score).reversed()
                .thenComparing(Comparator.comparingDouble(RankedJob::similarity).reversed()));
        List<RankedJob> top = List.copyOf(ranked.subList(0, Math.min(limit, ranked.size())));
        RankingAnswer answer = new RankingAnswer(null, resume.id(), jobVectors.model(), nearest.size(), top);
        String resultId = results.record(new NewResult(caller.userId(), "match_ranking", null, resume.id(), "local",
                jobVectors.model(), null, false, output(answer), null));
        return new RankingAnswer(resultId, answer.resumeId(), answer.model(), answer.candidates(), answer.items());
    }

    private JobView job(String jobId) {
        try {
            return jobs.get(jobId);
        } catch (ProblemException notFound) {
            throw notFound.with("field", "jobId");
        }
    }

    private ObjectNode explanationInputs(StoredResume resume, JobView job, AtsMatch ats) {
        ObjectNode inputs = json.createObjectNode();
        ObjectNode jobNode = inputs.putObject("job");
        jobNode.put("title", job.title());
        jobNode.put("company", job.company());
        jobNode.put("description", job.description());
        jobNode.set("skills", json.valueToTree(job.skills()));
        inputs.putObject("resume").put("text", resume.text());
        ObjectNode analysis = inputs.putObject("analysis");
        analysis.put("score", ats.score());
        analysis.set("subScores", json.valueToTree(ats.subScores()));
        analysis.set("matchedSkills", json.valueToTree(ats.matchedSkills()));
        analysis.set("missingSkills", json.valueToTree(ats.missingSkills()));
        return inputs;
    }

    private JsonNode output(Object answer) {
        ObjectNode node = json.valueToTree(answer);
        node.remove("resultId");
        return node;
    }

    static ResumeFacts facts(StoredResume resume) {
        return new ResumeFacts(resume.text(), resume.sections(), resume.yearsOfExperience());
    }

    static JobFacts facts(JobView job) {
        return new JobFacts(job.id(), job.title(), job.company(), job.description(), job.skills(), job.seniority());
    }
}
