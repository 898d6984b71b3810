package com.careergpt.service.resumes.read;

/** An upload that cannot be read as a resume, with why and what to do instead. */
public class ResumeReadException extends RuntimeException {

    public enum Reason { EMPTY, TOO_LARGE, UNSUPPORTED_TYPE, CORRUPT, ENCRYPTED, NO_TEXT }

    private final Reason reason;

    ResumeReadException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    ResumeReadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
