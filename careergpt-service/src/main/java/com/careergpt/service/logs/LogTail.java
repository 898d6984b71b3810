package com.careergpt.service.logs;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.careergpt.common.logs.LogEvent;
import com.careergpt.common.logs.LogEventListener;
import com.careergpt.service.requestlog.RequestLogEntry;
import com.careergpt.service.requestlog.RequestLogListener;

/**
 * The live tail: requests and application log lines are handed over as they happen (never blocking the thread
 * that logs) and one dispatcher thread sends each to the subscribers whose filters it matches, as SSE events named
 * {@code log}. Subscribers that went away are dropped on the next send; a comment every 15 s keeps idle
 * connections open through proxies and finds the dead ones. Lines of this instance only.
 */
@Component
class LogTail implements RequestLogListener, LogEventListener, SmartLifecycle {

    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final String service;
    private final BlockingQueue<LogLine> pending = new ArrayBlockingQueue<>(10_000);
    private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean running;
    private Thread dispatcher;

    LogTail(@Value("${spring.application.name}") String service) {
        this.service = service;
    }

    private record Subscriber(SseEmitter emitter, LogQuery query) {
    }

    SseEmitter subscribe(LogQuery query, Duration timeout) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Subscriber subscriber = new Subscriber(emitter, query);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onTimeout(() -> subscribers.remove(subscriber));
        emitter.onError(failure -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        send(subscriber, SseEmitter.event().comment("tailing"));
        return emitter;
    }

    int subscribers() {
        return subscribers.size();
    }

    @Override
    public void onRequestLogged(RequestLogEntry entry) {
        offer(LogLines.request(service, entry));
    }

    @Override
    public void onLogEvent(LogEvent event) {
        offer(LogLines.event(event));
    }

    private void offer(LogLine line) {
        if (!subscribers.isEmpty() && !pending.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    private void dispatch() {
        while (running) {
            try {
                LogLine line = pending.poll(HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                for (Subscriber subscriber : subscribers) {
                    if (line == null) {
                        send(subscriber, SseEmitter.event().comment("heartbeat"));
                    } else if (subscriber.query().matches(line)) {
                        send(subscriber, SseEmitter.event().name("log").data(line));
                    }
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber);
        }
    }

    @Override
    public void start() {
        running = true;
        dispatcher = new Thread(this::dispatch, "log-tail");
        dispatcher.setDaemon(true);
        dispatcher.start();
    }

    @Override
    public void stop() {
        running = false;
        dispatcher.interrupt();
        subscribers.forEach(subscriber -> subscriber.emitter().complete());
        subscribers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
