package com.careergpt.service.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The curl walk-through of a Markdown file, read as its reader runs it: the lines of its {@code bash} blocks in
 * order, each a {@link Step}. A step is a curl command or a variable assignment (continued lines joined); a curl
 * command's expected status is the number its comment starts with (on its line, or the comment lines just above
 * it), else any 2xx; the answer samples written under it (comment lines starting with a brace, a bracket or an
 * indent) say which values of the real answer the reader copies, e.g. {@code "id":"5b0c..."}.
 */
final class CurlWalkThrough {

    private static final Pattern STATUS = Pattern.compile("^([1-5]\\d\\d)\\b");

    /** A curl command or an assignment, with where it is written, what it expects and the answer it shows. */
    record Step(int line, String command, String comment, Integer expectedStatus, String sample) {

        boolean isCurl() {
            return command.startsWith("curl ");
        }

        @Override
        public String toString() {
            return "docs line " + line + ": " + command;
        }
    }

    private CurlWalkThrough() {
    }

    static List<Step> read(Path markdown) {
        try {
            return parse(Files.readAllLines(markdown));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static List<Step> parse(List<String> lines) {
        List<Step> steps = new ArrayList<>();
        boolean inBash = false;
        List<String> description = new ArrayList<>();
        StringBuilder sample = null;
        int index = 0;
        while (index < lines.size()) {
            String raw = lines.get(index);
            int lineNumber = ++index;
            if (raw.startsWith("```")) {
                inBash = !inBash && raw.trim().equals("```bash");
                closeSample(steps, sample);
                sample = null;
                description.clear();
                continue;
            }
            if (!inBash) {
                continue;
            }
            String line = raw.strip();
            if (line.isEmpty()) {
                closeSample(steps, sample);
                sample = null;
                description.clear();
                continue;
            }
            if (line.startsWith("#")) {
                String text = line.substring(1);
                if (sample != null && (text.startsWith(" {") || text.startsWith(" [") || text.startsWith("  "))) {
                    sample.append(text).append('\n');
                } else {
                    closeSample(steps, sample);
                    sample = null;
                    description.add(text.strip());
                }
                continue;
            }
            StringBuilder command = new StringBuilder(line);
            while (command.toString().endsWith("\\") && index < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(index++).strip());
            }
            closeSample(steps, sample);
            String[] commandAndComment = splitComment(command.toString());
            String comment = commandAndComment[1];
            Integer status = statusIn(comment);
            for (int i = description.size() - 1; status == null && i >= 0; i--) {
                status = statusIn(description.get(i));
            }
            steps.add(new Step(lineNumber, commandAndComment[0].strip(), comment, status, ""));
            sample = new StringBuilder();
            description.clear();
        }
        return steps;
    }

    private static void closeSample(List<Step> steps, StringBuilder sample) {
        if (sample != null && !sample.isEmpty() && !steps.isEmpty()) {
            Step last = steps.remove(steps.size() - 1);
            steps.add(new Step(last.line(), last.command(), last.comment(), last.expectedStatus(),
                    last.sample() + sample));
        }
    }

    private static Integer statusIn(String comment) {
        Matcher matcher = STATUS.matcher(comment.strip());
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }

    /** The command and its trailing comment: the first {@code #} outside quotes that follows a space. */
    static String[] splitComment(String command) {
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && i > 0 && Character.isWhitespace(command.charAt(i - 1))) {
                return new String[] {command.substring(0, i), command.substring(i + 1).strip()};
            }
        }
        return new String[] {command, ""};
    }
}
