package com.careergpt.service.scraping.collect;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of collections in progress: each subscriber gets the current state at once, a
 * {@code progress} event after every finished source and a final {@code done} event, then the stream ends.
 */
@Component
class CollectionEvents {

    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();

    SseEmitter subscribe(CollectionView current) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        if (current.finished()) {
            send(emitter, "done", current);
            emitter.complete();
            return emitter;
        }
        List<SseEmitter> list = subscribers.computeIfAbsent(current.id(), id -> new CopyOnWriteArrayList<>());
        list.add(emitter);
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(emitter, "progress", current);
        return emitter;
    }

    void publish(CollectionView view) {
        List<SseEmitter> list = view.finished() ? subscribers.remove(view.id()) : subscribers.get(view.id());
        if (list == null) {
            return;
        }
        for (SseEmitter emitter : list) {
            if (send(emitter, view.finished() ? "done" : "progress", view) && view.finished()) {
                emitter.complete();
            }
        }
    }

    private static boolean send(SseEmitter emitter, String name, CollectionView view) {
        try {
            emitter.send(SseEmitter.event().name(name).id(Integer.toString(view.done())).data(view,
                    MediaType.APPLICATION_JSON));
            return true;
        } catch (IOException | IllegalStateException gone) {
            emitter.completeWithError(gone);
            return false;
        }
    }
}
