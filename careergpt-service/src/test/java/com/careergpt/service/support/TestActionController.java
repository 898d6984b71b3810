package com.careergpt.service.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.careergpt.service.security.Caller;
import com.careergpt.service.security.GuestAction;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoints that stand for real actions and reads until the agents' own endpoints exist: the gate is
 * the same annotation and interceptor either way. Counts how often each user's action really ran.
 */
@RestController
public class TestActionController {

    public static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

    @PostMapping("/api/test/actions")
    @GuestAction
    Map<String, String> act(Caller caller) {
        RUNS.computeIfAbsent(caller.userId(), id -> new AtomicInteger()).incrementAndGet();
        return Map.of("userId", caller.userId(), "state", caller.state());
    }

    @PostMapping("/api/test/failing-actions")
    @GuestAction
    Map<String, String> fail(Caller caller) {
        throw new IllegalStateException("the provider is down");
    }

    @GetMapping("/api/test/mine")
    Map<String, String> read(Caller caller) {
        return Map.of("userId", caller.userId(), "state", caller.state());
    }

    @GetMapping("/api/admin/test-ping")
    Map<String, String> adminPing(Caller caller) {
        return Map.of("admin", caller.userId());
    }

    @GetMapping("/api/test/bare")
    Map<String, String> bare() {
        return Map.of("ok", "yes");
    }
}
