package com.careergpt.service.resumes.read;

/** The text read from an uploaded resume, with the type sniffed from its content and its page count (1 for text). */
public record ResumeDocument(String mediaType, String text, int pages) {
}
