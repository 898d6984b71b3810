package com.careergpt.service.analytics.market;

import java.math.BigDecimal;
import java.util.List;

/**
 * Writes CSV as RFC 4180 has it: records end with CRLF; a field holding a comma, a double quote, CR or LF is
 * enclosed in double quotes, and a double quote inside it is doubled. Text is scraped from the web, so a text field
 * that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR) gets a leading apostrophe
 * (OWASP's advice on CSV injection). Numbers are written plainly, never in exponent notation.
 */
final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder csv = new StringBuilder();

    CsvWriter row(List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields.get(i)));
        }
        csv.append("\r\n");
        return this;
    }

    CsvWriter row(Object... fields) {
        return row(List.of(fields));
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quoted = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0
                || text.indexOf('\n') >= 0;
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
