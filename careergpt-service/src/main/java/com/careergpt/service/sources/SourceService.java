package com.careergpt.service.sources;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jobrunr.jobs.context.JobContext;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.scheduling.cron.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.careergpt.service.scraping.collect.CollectionProperties;
import com.careergpt.service.scraping.fetch.SsrfGuard;
import com.careergpt.service.security.Caller;

/**
 * Saved sources of their owner: validated on creation, each with a JobRunr recurring job ({@code source-{id}}, its
 * cron in UTC) created and deleted with it, and runs started on creation, on request or by the signed hook.
 */
@Service
class SourceService {

    private static final Pattern COMPANY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

    private final SourceRepository sources;
    private final SourceRunRepository runs;
    private final WebhookRepository webhooks;
    private final JobScheduler jobs;
    private final SsrfGuard guard;
    private final CollectionProperties collect;
    private final PipelineProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Cache<String, Boolean> seenSignatures;

    SourceService(SourceRepository sources, SourceRunRepository runs, WebhookRepository webhooks, JobScheduler jobs,
            SsrfGuard guard, CollectionProperties collect, PipelineProperties properties,
            TransactionTemplate transactions, Clock clock) {
        this.sources = sources;
        this.runs = runs;
        this.webhooks = webhooks;
        this.jobs = jobs;
        this.guard = guard;
        this.collect = collect;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
        this.seenSignatures = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(properties.signatureTolerance().multipliedBy(2)).build();
    }

    SourceView create(SourceRequest request, Caller caller) {
        requireVerified(caller);
        SourceKind kind = kind(request.kind());
        List<String> urls = kind == SourceKind.URL ? urls(request) : List.of(feedUrl(request));
        String query = kind == SourceKind.SEARCH ? query(request.query()) : null;
        String schedule = schedule(request.schedule());
        String name = request.name() == null || request.name().isBlank() ? urls.get(0) : request.name().strip();
        if (name.length() > 200) {
            throw ProblemException.badParameter("name", "name is longer than 200 characters.");
        }
        Source source = sources.save(new Source(UUID.randomUUID().toString(), caller.userId(), name, kind, urls, query,
                schedule, Boolean.TRUE.equals(request.analyze()), Signatures.newSecret(), clock.instant()));
        String id = source.id();
        jobs.<SourceJobs>scheduleRecurrently(recurringId(id), schedule, ZoneOffset.UTC,
                job -> job.runScheduled(id, JobContext.Null));
        String runId = Boolean.FALSE.equals(request.runOnCreate()) ? null : start(source, RunTrigger.SUBMIT);
        return SourceView.of(source, source.secret(), runId);
    }

    List<SourceView> list(Caller caller) {
        return sources.findByUserIdOrderByCreatedAt(caller.userId()).stream()
                .map(source -> SourceView.of(source, null, null)).toList();
    }

    SourceView get(String id, Caller caller) {
        return SourceView.of(owned(id, caller), null, null);
    }

    void delete(String id, Caller caller) {
        Source source = owned(id, caller);
        jobs.deleteRecurringJob(recurringId(id));
        transactions.executeWithoutResult(status -> {
            webhooks.deleteBySourceId(id);
            runs.deleteAll(runs.findBySourceIdOrderByStartedAtDesc(id));
            sources.delete(source);
        });
    }

    SourceRunView run(String id, Caller caller) {
        requireVerified(caller);
        String runId = start(owned(id, caller), RunTrigger.MANUAL);
        return SourceRunView.of(runs.findById(runId).orElseThrow());
    }

    List<SourceRunView> runs(String id, Caller caller) {
        owned(id, caller);
        return runs.findBySourceIdOrderByStartedAtDesc(id).stream().map(SourceRunView::of).toList();
    }

    /** The source of a signed inbound hook, or empty (unknown source or bad signature: both a 401, alike). */
    SourceRunView runFromHook(String id, String timestamp, String signature, byte[] body) {
        Source source = sources.findById(id).filter(found -> Signatures.verify(found.secret(), timestamp, signature,
                body == null ? new byte[0] : body, clock.instant(), properties.signatureTolerance()))
                .orElseThrow(() -> new ProblemException(ProblemType.INVALID_SIGNATURE, "The request needs " + Signatures.TIMESTAMP_HEADER + " (Unix seconds, within "
                                + properties.signatureTolerance().toMinutes() + " minutes of now) and "
                                + Signatures.SIGNATURE_HEADER + ": sha256=<hex HMAC-SHA256 of timestamp.body with the "
                                + "source's secret>."));
        if (seenSignatures.asMap().putIfAbsent(id + ' ' + signature, Boolean.TRUE) != null) {
            throw new ProblemException(ProblemType.HOOK_REPLAYED, "This signed request was already received; sign each call with a new timestamp.");
        }
        Instant now = clock.instant();
        runs.findFirstBySourceIdAndTriggerOrderByStartedAtDesc(id, RunTrigger.HOOK)
                .map(last -> Duration.between(now, last.startedAt().plus(properties.minHookInterval())))
                .filter(wait -> !wait.isNegative() && !wait.isZero())
                .ifPresent(wait -> {
                    throw new ProblemException(ProblemType.RATE_LIMITED, "The hook starts at most one run of a source every "
                                    + properties.minHookInterval().toSeconds() + " s.").retryAfter(wait);
                });
        return SourceRunView.of(runs.findById(start(source, RunTrigger.HOOK)).orElseThrow());
    }

    /** Saved sources run again and again on their own: they are for verified accounts, not a guest's free try. */
    private static void requireVerified(Caller caller) {
        if (!caller.isVerified()) {
            throw new ProblemException(ProblemType.SIGN_IN_REQUIRED, "Saved sources need a verified account: confirm your email address (POST /auth/email, "
                            + "POST /auth/verify) and send Authorization: Bearer <token>.").with("next", "email");
        }
    }

    /** Stores the run, then enqueues its job under the run's id (outside any transaction: JobRunr has its own pool). */
    private String start(Source source, RunTrigger trigger) {
        String runId = UUID.randomUUID().toString();
        runs.save(new SourceRun(runId, source.id(), trigger, clock.instant()));
        jobs.<SourceJobs>enqueue(UUID.fromString(runId), job -> job.run(runId));
        return runId;
    }

    static String recurringId(String sourceId) {
        return "source-" + sourceId;
    }

    private Source owned(String id, Caller caller) {
        return sources.findById(id).filter(source -> source.userId().equals(caller.userId()) || caller.isAdmin())
                .orElseThrow(() -> new ProblemException(ProblemType.SOURCE_NOT_FOUND, "No source with id " + id + " belongs to you.").with("field", "id"));
    }

    private static SourceKind kind(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badParameter("kind", "Give the kind of source: url, feed or search.");
        }
        return SourceKind.fromJson(value)
                .orElseThrow(() -> ProblemException.badParameter("kind", "kind must be one of url, feed, search."));
    }

    private List<String> urls(SourceRequest request) {
        if ((request.url() == null) == (request.urls() == null)) {
            throw ProblemException.badParameter("url", "Give exactly one of url or urls.");
        }
        String field = request.url() != null ? "url" : "urls";
        List<String> urls = request.url() != null ? List.of(request.url()) : request.urls();
        if (urls.isEmpty() || urls.size() > collect.maxUrls()) {
            throw ProblemException.badParameter(field, "Give between 1 and " + collect.maxUrls() + " URLs.");
        }
        return urls.stream().map(url -> CheckedUrls.check(guard, url, field)).toList();
    }

    private String feedUrl(SourceRequest request) {
        String board = request.board() == null ? "" : request.board().strip().toLowerCase(Locale.ROOT);
        if (request.company() == null || !COMPANY.matcher(request.company().strip()).matches()) {
            throw ProblemException.badParameter("company", "company must be the board's company token, like northwind.");
        }
        String company = request.company().strip();
        return switch (board) {
            case "greenhouse" -> collect.greenhouseBaseUrl().replaceAll("/$", "") + "/v1/boards/" + company + "/jobs";
            case "lever" -> collect.leverBaseUrl().replaceAll("/$", "") + "/v0/postings/" + company;
            default -> throw ProblemException.badParameter("board", "board must be greenhouse or lever.");
        };
    }

    private static String query(String value) {
        if (value == null || value.isBlank() || value.length() > 500) {
            throw ProblemException.badParameter("query", "A search needs a query of 1 to 500 characters.");
        }
        return value.strip();
    }

    private String schedule(String value) {
        String schedule = value == null || value.isBlank() ? properties.defaultSchedule() : value.strip();
        CronExpression cron;
        try {
            cron = new CronExpression(schedule);
        } catch (RuntimeException invalid) {
            throw ProblemException.badParameter("schedule", "schedule must be a cron expression such as '0 3 * * *' "
                    + "(minute hour day month weekday, UTC; a sixth leading field gives seconds): " + invalid.getMessage());
        }
        Duration minimum = properties.minScheduleInterval();
        Duration shortest = ScheduleIntervals.shortest(cron, clock.instant(), minimum);
        if (shortest.compareTo(minimum) < 0) {
            throw ProblemException.badParameter("schedule", "schedule '" + schedule + "' runs " + readable(shortest)
                    + " apart at times; runs must be at least " + readable(minimum) + " apart.");
        }
        return schedule;
    }

    private static String readable(Duration duration) {
        return duration.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
