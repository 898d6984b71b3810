package com.careergpt.service.requestlog;

/** Told of every logged request as it ends, before its row is written (a live tail, error reports). */
@FunctionalInterface
public interface RequestLogListener {

    void onRequestLogged(RequestLogEntry entry);
}
