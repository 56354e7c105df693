package io.insidergraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The SEC's tab-separated tables as the reader splits them: quoting, line ends and damaged lines. */
class TsvReaderTests {

    @Test
    void aQuotedFieldLosesItsQuotesAndItsDoubledQuotesBecomeOne() throws Exception {
        // SECURITY_TITLE as in the real NONDERIV_HOLDING.tsv of 2024 Q3
        var records = read("A\tB\tC\n0001\t\"Common Shares (\"\"Shares of Beneficial Interest\"\")\"\tD\n", 3);

        assertThat(records.get(1).fields()).containsExactly("0001", "Common Shares (\"Shares of Beneficial Interest\")",
                "D");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() throws Exception {
        var records = read("A\tB\tC\nx\t6\" pipe\t\"half\"quoted\n", 3);

        assertThat(records.get(1).fields()).containsExactly("x", "6\" pipe", "\"half\"quoted");
    }

    @Test
    void crlfLineEndsAndEmptyTrailingFieldsAreKept() throws Exception {
        var records = read("A\tB\tC\r\n1\t\t\r\n2\tb\tc\r\n", 3);

        assertThat(records).extracting(TsvReader.Record::fields).containsExactly(List.of("A", "B", "C"),
                List.of("1", "", ""), List.of("2", "b", "c"));
        assertThat(records).extracting(TsvReader.Record::line).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aQuotedFieldMayGoOnOverTheNextLine() throws Exception {
        var records = read("A\tB\tC\n1\t\"two\nlines\"\tc\n2\tb\tc\n", 3);

        assertThat(records.get(1).fields()).containsExactly("1", "two\nlines", "c");
        assertThat(records.get(2).line()).isEqualTo(4);
        assertThat(records.get(2).fields()).containsExactly("2", "b", "c");
    }

    @Test
    void aStrayOpeningQuoteDamagesItsOwnLineOnlyNotTheRowsAfterIt() throws Exception {
        // a value cut at the column's width before its closing quote; the next rows have no quote to close it
        var records = read("A\tB\tC\n1\tb\t\"cut short\n2\tb\tc\n3\tb\tc\n", 3);

        assertThat(records).extracting(TsvReader.Record::fields).containsExactly(List.of("A", "B", "C"),
                List.of("1", "b", "\"cut short"), List.of("2", "b", "c"), List.of("3", "b", "c"));
        var short1 = read("A\tB\tC\n1\t\"cut short\n2\tb\tc\n", 3);
        assertThat(short1).extracting(TsvReader.Record::fields).containsExactly(List.of("A", "B", "C"),
                List.of("1", "\"cut short"), List.of("2", "b", "c"));
        assertThat(short1).extracting(TsvReader.Record::line).containsExactly(1L, 2L, 3L);
    }

    private static List<TsvReader.Record> read(String text, int width) throws Exception {
        var records = new ArrayList<TsvReader.Record>();
        try (var reader = new TsvReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            for (var r = reader.next(0); r != null; r = reader.next(width)) {
                records.add(r);
            }
        }
        return records;
    }
}
