package com.careergpt.common.logs;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * tests) are left to that service. A line holding a verification code is never kept (see {@link SecretText}). The
 * appender is attached again if the logging system was reset meanwhile.
 */
public class LogEventRecorder implements SmartLifecycle {

    public static final String SERVICE_MDC_KEY = RequestIdFilter.SERVICE_MDC_KEY;
    public static final String USER_MDC_KEY = RequestIdFilter.USER_MDC_KEY;
    static final String APP_PACKAGE = "com.careergpt";
    private static final int MAX_MESSAGE = 4000;
    private static final int MAX_STACK = 16000;

    private final String service;
    private final LogEventStore store;
    private final List<LogEventListener> listeners;
    private final Level appLevel;
    private final Level otherLevel;
    private final BatchWriter<LogEvent> writer;
    private final Appender appender = new Appender();
    private volatile boolean running;

    public LogEventRecorder(String service, LogEventStore store, List<LogEventListener> listeners,
            LogEventsProperties properties) {
        this.service = service;
        this.store = store;
        this.listeners = List.copyOf(listeners);
        this.appLevel = Level.toLevel(properties.appLevel(), Level.INFO);
        this.otherLevel = Level.toLevel(properties.otherLevel(), Level.WARN);
        this.writer = new BatchWriter<>("log-events-writer", properties.queueSize(), store::insert, this::attach);
    }

    /** Writes every line queued so far (tests, shutdown, a reader that needs the latest lines). */
    public void flush() {
        writer.flush();
    }

    public long dropped() {
        return writer.dropped();
    }

    boolean keeps(ILoggingEvent event) {
        if (writer.isWorkerThread()) {
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

    /** False for a line that holds a secret in its message or stack trace: it is dropped, not stored or tailed. */
    static boolean storable(LogEvent event) {
        return !SecretText.holdsVerificationCode(event.message())
                && !SecretText.holdsVerificationCode(event.stackTrace());
    }

    private void offer(LogEvent event) {
        if (!storable(event)) {
            return;
        }
        writer.offer(event);
        for (LogEventListener listener : listeners) {
            listener.onLogEvent(event);
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
        attach();
        writer.start();
    }

    @Override
    public void stop() {
        detach();
        running = false;
        writer.stop();
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
