package com.careergpt.service.analytics.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndInnerQuotesDoubled() {
        String csv = new CsvWriter()
                .row("name", "count")
                .row("Smith, \"Jones\" & Co", 3L)
                .row("Plain GmbH", 2L)
                .row("two\r\nlines", 1L)
                .toString();

        assertThat(csv).isEqualTo("name,count\r\n\"Smith, \"\"Jones\"\" & Co\",3\r\nPlain GmbH,2\r\n\"two\r\nlines\",1\r\n");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://evil.example\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(CsvWriter.field("+49 30 1234")).isEqualTo("'+49 30 1234");
        assertThat(CsvWriter.field("@home")).isEqualTo("'@home");
        assertThat(CsvWriter.field("-")).isEqualTo("'-");
    }

    @Test
    void numbersAreWrittenPlainlyAndNullIsEmpty() {
        assertThat(CsvWriter.field(0.0001)).isEqualTo("0.0001");
        assertThat(CsvWriter.field(72_000.0)).isEqualTo("72000");
        assertThat(CsvWriter.field(-0.125)).isEqualTo("-0.125");
        assertThat(CsvWriter.field(1_234_567L)).isEqualTo("1234567");
        assertThat(CsvWriter.field(LocalDate.of(2026, 3, 2))).isEqualTo("2026-03-02");
        assertThat(CsvWriter.field(null)).isEmpty();
    }
}
