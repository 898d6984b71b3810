package com.careergpt.service.errors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import com.careergpt.common.web.ProblemException;

/**
 * What makes two failures "the same error": an unexpected exception by its type and its top frames (the service's
 * own frames when there are any, so the same bug reached through different library paths groups together); a
 * problem answer by its type and the path with ids blanked out.
 */
record ErrorFingerprint(String hash, String exceptionType, String problemType, String path, String topFrames) {

    static final int TOP_FRAMES = 3;
    private static final String OWN_PACKAGE = "com.careergpt.";
    private static final Pattern ID_SEGMENT = Pattern.compile(
            "/(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\\d+|[0-9a-fA-F]{24,})(?=/|$)");

    static ErrorFingerprint of(Throwable exception, String problemType, String path) {
        String template = pathTemplate(path);
        if (exception == null || exception instanceof ProblemException) {
            String type = problemType == null ? "unknown" : problemType;
            return new ErrorFingerprint(sha256("problem|" + type + "|" + template), null, type, template, null);
        }
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String frames = String.join("\n", topFrames(root));
        String type = root.getClass().getName();
        return new ErrorFingerprint(sha256("exception|" + type + "|" + frames), type, problemType, template, frames);
    }

    /** {@code /api/resumes/3f2a...-.../original} becomes {@code /api/resumes/{id}/original}. */
    static String pathTemplate(String path) {
        return path == null ? "" : ID_SEGMENT.matcher(path).replaceAll("/{id}");
    }

    private static List<String> topFrames(Throwable root) {
        StackTraceElement[] stack = root.getStackTrace();
        List<String> own = new ArrayList<>();
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().startsWith(OWN_PACKAGE) && own.size() < TOP_FRAMES) {
                own.add(frame.getClassName() + "." + frame.getMethodName());
            }
        }
        if (!own.isEmpty()) {
            return own;
        }
        List<String> first = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP_FRAMES, stack.length); i++) {
            first.add(stack[i].getClassName() + "." + stack[i].getMethodName());
        }
        return first;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
