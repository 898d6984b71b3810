package com.careergpt.service.scraping.fetch;

/** A URL that could not be fetched, with a reason a user can read (for a collection's per-URL outcome). */
public class FetchException extends Exception {

    private final FetchFailure failure;

    public FetchException(FetchFailure failure, String reason) {
        super(reason);
        this.failure = failure;
    }

    public FetchException(FetchFailure failure, String reason, Throwable cause) {
        super(reason, cause);
        this.failure = failure;
    }

    public FetchFailure failure() {
        return failure;
    }
}
