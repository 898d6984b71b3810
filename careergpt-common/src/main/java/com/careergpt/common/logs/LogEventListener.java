package com.careergpt.common.logs;

/** Told of every recorded log line as it happens, before it is written (a live tail). */
@FunctionalInterface
public interface LogEventListener {

    void onLogEvent(LogEvent event);
}
