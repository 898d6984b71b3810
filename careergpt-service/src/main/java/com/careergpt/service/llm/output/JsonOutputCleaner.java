package com.careergpt.service.llm.output;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the usual ways chat models wrap or bend JSON, without a model call: reasoning blocks
 * ({@code <think>...</think>}), Markdown code fences, prose before the object or after it, typographic quotes
 * used as JSON quotes, and trailing commas.
 */
final class JsonOutputCleaner {

    private static final Pattern THINK_BLOCK = Pattern.compile("(?is)<think>.*?</think>");
    private static final Pattern THINK_CLOSE = Pattern.compile("(?is)^.*</think>");
    private static final Pattern FENCE = Pattern.compile("(?s)```[A-Za-z0-9_-]*[ \\t]*\\r?\\n?(.*?)```");
    /** A curly double quote right after JSON syntax, or right before it: it stands for a JSON quote there. */
    private static final Pattern SMART_QUOTE_OPENING = Pattern.compile("(?<=[{\\[,:]\\s{0,20})[“”„]");
    private static final Pattern SMART_QUOTE_CLOSING = Pattern.compile("[“”„](?=\\s*[:,}\\]])");

    private JsonOutputCleaner() {
    }

    static String withoutReasoning(String raw) {
        String text = THINK_BLOCK.matcher(raw).replaceAll("");
        // Some models stream the reasoning without its opening tag: everything up to the last closing tag goes.
        return THINK_CLOSE.matcher(text).replaceFirst("").strip();
    }

    /** The content of the first fenced block when there is one, else the text as it is. */
    static String unfenced(String text) {
        Matcher fence = FENCE.matcher(text);
        return fence.find() ? fence.group(1).strip() : text;
    }

    static String clean(String raw) {
        String text = unfenced(withoutReasoning(raw));
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start >= 0 && end > start) {
            text = text.substring(start, end + 1);
        }
        text = SMART_QUOTE_OPENING.matcher(text).replaceAll("\"");
        text = SMART_QUOTE_CLOSING.matcher(text).replaceAll("\"");
        return withoutTrailingCommas(text);
    }

    /** Drops commas followed only by whitespace and a closing bracket, outside strings. */
    static String withoutTrailingCommas(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '"' && !isEscaped(json, i)) {
                    inString = false;
                }
                out.append(c);
                continue;
            }
            if (c == '"') {
                inString = true;
            }
            else if (c == ',' && closesNext(json, i + 1)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isEscaped(String text, int quote) {
        int backslashes = 0;
        for (int i = quote - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static boolean closesNext(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '}' || c == ']';
            }
        }
        return false;
    }
}
