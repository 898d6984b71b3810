package com.careergpt.identity.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.careergpt.common.logs.LogEvent;
import com.careergpt.common.logs.LogEventFilter;
import com.careergpt.common.logs.LogEventRecorder;
import com.careergpt.common.logs.LogEventStore;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Usage data and log lines for careergpt-service's admin API; behind the service token like every
 * {@code /internal/**} endpoint.
 */
@RestController
@Hidden
class InternalUsageController {

    static final int MAX_DAYS = 366;
    static final int MAX_LOG_LINES = 1000;

    private final FunnelReport funnel;
    private final LogEventStore logEvents;
    private final ObjectProvider<LogEventRecorder> recorder;

    InternalUsageController(FunnelReport funnel, LogEventStore logEvents, ObjectProvider<LogEventRecorder> recorder) {
        this.funnel = funnel;
        this.logEvents = logEvents;
        this.recorder = recorder;
    }

    record Funnel(List<FunnelDay> days) {
    }

    record GuestCount(Instant since, long count) {
    }

    record LogLines(List<LogEvent> items) {
    }

    @GetMapping("/internal/usage/funnel")
    Funnel funnel(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "to must not be before from, and the range at most " + MAX_DAYS + " days.").with("field", "to");
        }
        return new Funnel(funnel.days(from, to));
    }

    @GetMapping("/internal/usage/guests")
    GuestCount guests(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant since) {
        return new GuestCount(since, funnel.guestsCreatedSince(since));
    }

    @GetMapping("/internal/logs")
    LogLines logs(@RequestParam String requestId) {
        recorder.ifAvailable(LogEventRecorder::flush);
        return new LogLines(logEvents.find(LogEventFilter.forRequest(requestId), MAX_LOG_LINES));
    }
}
