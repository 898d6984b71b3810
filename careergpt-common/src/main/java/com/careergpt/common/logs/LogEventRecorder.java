package com.careergpt.common.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;

import org.springframework.context.SmartLifecycle;

import com.careergpt.common.web.RequestIdFilter;

/**
 * Keeps the service's notable log lines in {@code log_events}: a Logback appender on the root logger queues them
 * (never blocking the logging thread) and one background thread writes them in batches. Lines logged while
 * handling another service's request (a different {@code service} in the MDC, as when two services share a JVM in
 * tests) are left to that service. The appender is attached again if the logging system was reset meanwhile.
 */
public class LogEventRecorder implements SmartLifecycle {

    public static final String SERVICE_MDC_KEY = RequestIdFilter.SERVICE_MDC_KEY;
    public static final String USER_MDC_KEY = RequestIdFilter.USER_MDC_KEY;
    static final String APP_PACKAGE = "com.careergpt";
    private static final int BATCH = 500;
    private static final int MAX_MESSAGE = 4000;
    private static final int MAX_STACK = 16000;
    private static final Logger log = LoggerFactory.getLogger(LogEventRecorder.class);

    private final String service;
    private final LogEventStore store;
    private final List<LogEventListener> listeners;
    private final Level appLevel;
    private final Level otherLevel;
    private final BlockingQueue<LogEvent> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final Appender appender = new Appender();
    private volatile boolean running;
    private Thread worker;

    public LogEventRecorder(String service, LogEventStore store, List<LogEventListener> listeners,
            LogEventsProperties properties) {
        this.service = service;
        this.store = store;
        this.listeners = List.copyOf(listeners);
        this.appLevel = Level.toLevel(properties.appLevel(), Level.INFO);
        this.otherLevel = Level.toLevel(properties.otherLevel(), Level.WARN);
        this.queue = new ArrayBlockingQueue<>(properties.queueSize());
    }

    /** Writes every line queued so far (tests and shutdown). */
    public void flush() {
        List<LogEvent> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            store.insert(batch);
            batch.clear();
        }
    }

    public long dropped() {
        return dropped.get();
    }

    boolean keeps(ILoggingEvent event) {
        if (Thread.currentThread() == worker) {
            return false;
        }
        Map<String, String> mdc = event.getMDCPropertyMap();
        String owner = mdc == null ? null : mdc.get(SERVICE_MDC_KEY);
        if (owner != null && !owner.equals(service)) {
            return false;
        }
        Level threshold = event.getLoggerName().startsWith(APP_PACKAGE) ? appLevel : otherLevel;
        return event.getLevel().isGreaterOrEqual(threshold);
    }

    LogEvent toLogEvent(ILoggingEvent event) {
        Map<String, String> mdc = event.getMDCPropertyMap();
        IThrowableProxy thrown = event.getThrowableProxy();
        return new LogEvent(UUID.randomUUID().toString(), event.getInstant(), service, event.getLevel().toString(),
                event.getLoggerName(), event.getThreadName(), cut(event.getFormattedMessage(), MAX_MESSAGE),
                mdc == null ? null : mdc.get(RequestIdFilter.MDC_KEY), mdc == null ? null : mdc.get(USER_MDC_KEY),
                thrown == null ? null : thrown.getClassName(),
                thrown == null ? null : cut(ThrowableProxyUtil.asString(thrown), MAX_STACK));
    }

    private void offer(LogEvent event) {
        if (!queue.offer(event)) {
            dropped.incrementAndGet();
        }
        for (LogEventListener listener : listeners) {
            listener.onLogEvent(event);
        }
    }

    private void run() {
        List<LogEvent> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                attach();
                LogEvent first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                store.insert(batch);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException failed) {
                log.warn("Could not write {} log events: {}", batch.size(), failed.toString());
            } finally {
                batch.clear();
            }
        }
    }

    private void attach() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            if (!root.isAttached(appender)) {
                appender.setContext(context);
                appender.setName("careergpt-log-events-" + service);
                appender.start();
                root.addAppender(appender);
            }
        }
    }

    private void detach() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        }
        appender.stop();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "log-events-writer");
        worker.setDaemon(true);
        attach();
        worker.start();
    }

    @Override
    public void stop() {
        detach();
        running = false;
        try {
            worker.join(10_000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the web server, like the request log, so the last requests' lines are kept. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    private final class Appender extends AppenderBase<ILoggingEvent> {

        @Override
        protected void append(ILoggingEvent event) {
            if (running && keeps(event)) {
                offer(toLogEvent(event));
            }
        }
    }
}
