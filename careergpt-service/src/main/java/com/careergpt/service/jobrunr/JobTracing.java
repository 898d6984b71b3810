package com.careergpt.service.jobrunr;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.MDC;

import com.careergpt.common.web.RequestIdFilter;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.jobrunr.jobs.AbstractJob;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.filters.JobClientFilter;
import org.jobrunr.jobs.filters.JobServerFilter;

/**
 * Carries a request's trace into the JobRunr jobs it enqueues (collections, saved-source runs, webhook deliveries):
 * on creation the W3C {@code traceparent} and the request id go into the job's metadata; the worker that runs the job
 * opens a span under that parent (named after the job) with the request id in the MDC, so that the job's log lines,
 * spans and outgoing calls belong to the request that asked for it.
 */
class JobTracing implements JobClientFilter, JobServerFilter {

    static final String PREFIX = "trace.";
    static final String REQUEST_ID = "requestId";

    private final Tracer tracer;
    private final Propagator propagator;
    private final ThreadLocal<Running> running = new ThreadLocal<>();

    JobTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public void onCreating(AbstractJob abstractJob) {
        if (!(abstractJob instanceof Job job)) {
            return;
        }
        TraceContext context = tracer.currentTraceContext().context();
        if (context != null) {
            Map<String, String> headers = new HashMap<>();
            propagator.inject(context, headers, Map::put);
            headers.forEach((name, value) -> job.getMetadata().put(PREFIX + name, value));
        }
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            job.getMetadata().put(PREFIX + REQUEST_ID, requestId);
        }
    }

    @Override
    public void onProcessing(Job job) {
        Map<String, String> headers = new HashMap<>();
        job.getMetadata().forEach((name, value) -> {
            if (name.startsWith(PREFIX) && value instanceof String text) {
                headers.put(name.substring(PREFIX.length()), text);
            }
        });
        Span span = (headers.containsKey("traceparent") ? propagator.extract(headers, Map::get) : tracer.spanBuilder())
                .name("job " + job.getJobName())
                .kind(Span.Kind.CONSUMER)
                .start();
        Tracer.SpanInScope scope = tracer.withSpan(span);
        String requestId = headers.get(REQUEST_ID);
        if (requestId != null) {
            MDC.put(RequestIdFilter.MDC_KEY, requestId);
        }
        running.set(new Running(span, scope));
    }

    @Override
    public void onProcessingSucceeded(Job job) {
        finish(null);
    }

    @Override
    public void onProcessingFailed(Job job, Exception failure) {
        finish(failure);
    }

    private void finish(Exception failure) {
        Running current = running.get();
        running.remove();
        MDC.remove(RequestIdFilter.MDC_KEY);
        if (current == null) {
            return;
        }
        if (failure != null) {
            current.span().error(failure);
        }
        current.scope().close();
        current.span().end();
    }

    private record Running(Span span, Tracer.SpanInScope scope) {
    }
}
