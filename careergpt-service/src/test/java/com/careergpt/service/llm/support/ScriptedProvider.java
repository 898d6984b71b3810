package com.careergpt.service.llm.support;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.careergpt.service.llm.LlmProvider;
import com.careergpt.service.llm.LlmProviderException;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.ProviderReply;
import com.careergpt.service.llm.ProviderRequest;
import com.careergpt.service.llm.ProviderStatus;
import com.careergpt.service.llm.TokenUsage;

/**
 * A fake provider for tests, scripted per test: each call takes the next step (answer a text, fail with a kind,
 * answer after a delay, stream chunks); with no step left it answers a valid output for the task. Every request
 * is recorded.
 */
public final class ScriptedProvider implements LlmProvider {

    /** Outputs that fit each task's schema (prose tasks: Markdown). */
    public static final Map<LlmTask, String> VALID = Map.of(
            LlmTask.JOB_EXTRACT, """
                    {"title":"Backend Engineer","company":"Acme","location":{"city":"Berlin","region":null,"country":"DE"},\
                    "remote":"hybrid","salary":{"min":60000,"max":80000,"currency":"EUR","period":"year"},\
                    "employmentType":"full_time","seniority":"senior","datePosted":"2026-11-02","skills":["Java","PostgreSQL"]}""",
            LlmTask.JOB_SUMMARY, """
                    {"summary":"A backend role.","mustHaveSkills":["Java"],"niceToHaveSkills":["Kafka"],\
                    "seniority":"senior","redFlags":[]}""",
            LlmTask.RESUME_REVIEW, """
                    {"summary":"An engineer.","skills":["Java"],"strengths":["impact"],"weaknesses":["length"],\
                    "suggestions":["add numbers"],"score":72}""",
            LlmTask.RESUME_JOB_MATCH, """
                    {"score":81,"matchedSkills":["Java"],"missingSkills":["Kafka"],"explanation":"Close fit.",\
                    "suggestions":["learn Kafka"]}""",
            LlmTask.COVER_LETTER, "Dear hiring team,\n\nI would like to apply.",
            LlmTask.INTERVIEW_PREP, "## Likely questions\n\n- Tell me about a system you designed.",
            LlmTask.MARKET_QUESTION, """
                    {"answer":"Most Java jobs are hybrid.","figures":[{"label":"hybrid share","value":"62%"}]}""");

    private final String name;
    private final Deque<Step> script = new ArrayDeque<>();
    private final List<ProviderRequest> requests = new CopyOnWriteArrayList<>();
    private volatile TokenUsage usage = new TokenUsage(120, 40);
    private volatile boolean available = true;

    private record Step(String text, LlmProviderException.Kind failure, Duration delay, List<String> chunks) {
    }

    public ScriptedProvider(String name) {
        this.name = name;
    }

    public synchronized ScriptedProvider reset() {
        script.clear();
        requests.clear();
        usage = new TokenUsage(120, 40);
        available = true;
        return this;
    }

    public synchronized ScriptedProvider answers(String text) {
        script.add(new Step(text, null, Duration.ZERO, null));
        return this;
    }

    public synchronized ScriptedProvider fails(LlmProviderException.Kind kind) {
        script.add(new Step(null, kind, Duration.ZERO, null));
        return this;
    }

    public synchronized ScriptedProvider answersAfter(Duration delay, String text) {
        script.add(new Step(text, null, delay, null));
        return this;
    }

    public synchronized ScriptedProvider streams(String... chunks) {
        script.add(new Step(String.join("", chunks), null, Duration.ZERO, List.of(chunks)));
        return this;
    }

    public ScriptedProvider reportsUsage(long promptTokens, long completionTokens) {
        usage = new TokenUsage(promptTokens, completionTokens);
        return this;
    }

    public ScriptedProvider unavailable() {
        available = false;
        return this;
    }

    public List<ProviderRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProviderStatus status() {
        return new ProviderStatus(name, available, available ? "scripted" : "switched off", List.of(name + "-model"));
    }

    @Override
    public ProviderReply call(ProviderRequest request) {
        return stream(request, null);
    }

    @Override
    public ProviderReply stream(ProviderRequest request, Consumer<String> onText) {
        requests.add(request);
        Step step;
        synchronized (this) {
            step = script.poll();
        }
        if (step == null) {
            step = new Step(VALID.get(request.task()), null, Duration.ZERO, null);
        }
        if (step.failure() != null) {
            throw new LlmProviderException(step.failure(), name, "scripted " + step.failure());
        }
        if (!step.delay().isZero()) {
            try {
                Thread.sleep(step.delay().toMillis());
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new LlmProviderException(LlmProviderException.Kind.TIMEOUT, name, "interrupted");
            }
        }
        if (onText != null) {
            (step.chunks() == null ? List.of(step.text()) : step.chunks()).forEach(onText);
        }
        String model = request.model() == null ? name + "-model" : request.model();
        return new ProviderReply(model, step.text(), usage);
    }
}
