package io.insidergraph.dataset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The eight tables of a Form 345 data set, with the columns the SEC's readme (section 5) defines for each, in its
 * order, plus {@code AFF10B5ONE}, which later quarters add to SUBMISSION. A table is recognised by its header row:
 * {@code ACCESSION_NUMBER} and a column that only this table has.
 */
public enum DatasetTable {

    SUBMISSION("ISSUERCIK", null, "ACCESSION_NUMBER", "FILING_DATE", "PERIOD_OF_REPORT", "DATE_OF_ORIG_SUB",
            "NO_SECURITIES_OWNED", "NOT_SUBJECT_SEC16", "FORM3_HOLDINGS_REPORTED", "FORM4_TRANS_REPORTED",
            "DOCUMENT_TYPE", "ISSUERCIK", "ISSUERNAME", "ISSUERTRADINGSYMBOL", "REMARKS", "AFF10B5ONE"),
    REPORTINGOWNER("RPTOWNERCIK", null, "ACCESSION_NUMBER", "RPTOWNERCIK", "RPTOWNERNAME", "RPTOWNER_RELATIONSHIP",
            "RPTOWNER_TITLE", "RPTOWNER_TXT", "RPTOWNER_STREET1", "RPTOWNER_STREET2", "RPTOWNER_CITY",
            "RPTOWNER_STATE", "RPTOWNER_ZIPCODE", "RPTOWNER_STATE_DESC", "FILE_NUMBER"),
    NONDERIV_TRANS("NONDERIV_TRANS_SK", "NONDERIV_TRANS_SK", "ACCESSION_NUMBER", "NONDERIV_TRANS_SK",
            "SECURITY_TITLE", "SECURITY_TITLE_FN", "TRANS_DATE", "TRANS_DATE_FN", "DEEMED_EXECUTION_DATE",
            "DEEMED_EXECUTION_DATE_FN", "TRANS_FORM_TYPE", "TRANS_CODE", "EQUITY_SWAP_INVOLVED",
            "EQUITY_SWAP_TRANS_CD_FN", "TRANS_TIMELINESS", "TRANS_TIMELINESS_FN", "TRANS_SHARES", "TRANS_SHARES_FN",
            "TRANS_PRICEPERSHARE", "TRANS_PRICEPERSHARE_FN", "TRANS_ACQUIRED_DISP_CD", "TRANS_ACQUIRED_DISP_CD_FN",
            "SHRS_OWND_FOLWNG_TRANS", "SHRS_OWND_FOLWNG_TRANS_FN", "VALU_OWND_FOLWNG_TRANS",
            "VALU_OWND_FOLWNG_TRANS_FN", "DIRECT_INDIRECT_OWNERSHIP", "DIRECT_INDIRECT_OWNERSHIP_FN",
            "NATURE_OF_OWNERSHIP", "NATURE_OF_OWNERSHIP_FN"),
    NONDERIV_HOLDING("NONDERIV_HOLDING_SK", "NONDERIV_HOLDING_SK", "ACCESSION_NUMBER", "NONDERIV_HOLDING_SK",
            "SECURITY_TITLE", "SECURITY_TITLE_FN", "TRANS_FORM_TYPE", "TRANS_FORM_TYPE_FN", "SHRS_OWND_FOLWNG_TRANS",
            "SHRS_OWND_FOLWNG_TRANS_FN", "VALU_OWND_FOLWNG_TRANS", "VALU_OWND_FOLWNG_TRANS_FN",
            "DIRECT_INDIRECT_OWNERSHIP", "DIRECT_INDIRECT_OWNERSHIP_FN", "NATURE_OF_OWNERSHIP",
            "NATURE_OF_OWNERSHIP_FN"),
    DERIV_TRANS("DERIV_TRANS_SK", "DERIV_TRANS_SK", "ACCESSION_NUMBER", "DERIV_TRANS_SK", "SECURITY_TITLE",
            "SECURITY_TITLE_FN", "CONV_EXERCISE_PRICE", "CONV_EXERCISE_PRICE_FN", "TRANS_DATE", "TRANS_DATE_FN",
            "DEEMED_EXECUTION_DATE", "DEEMED_EXECUTION_DATE_FN", "TRANS_FORM_TYPE", "TRANS_CODE",
            "EQUITY_SWAP_INVOLVED", "EQUITY_SWAP_TRANS_CD_FN", "TRANS_TIMELINESS", "TRANS_TIMELINESS_FN",
            "TRANS_SHARES", "TRANS_SHARES_FN", "TRANS_TOTAL_VALUE", "TRANS_TOTAL_VALUE_FN", "TRANS_PRICEPERSHARE",
            "TRANS_PRICEPERSHARE_FN", "TRANS_ACQUIRED_DISP_CD", "TRANS_ACQUIRED_DISP_CD_FN", "EXCERCISE_DATE",
            "EXCERCISE_DATE_FN", "EXPIRATION_DATE", "EXPIRATION_DATE_FN", "UNDLYNG_SEC_TITLE", "UNDLYNG_SEC_TITLE_FN",
            "UNDLYNG_SEC_SHARES", "UNDLYNG_SEC_SHARES_FN", "UNDLYNG_SEC_VALUE", "UNDLYNG_SEC_VALUE_FN",
            "SHRS_OWND_FOLWNG_TRANS", "SHRS_OWND_FOLWNG_TRANS_FN", "VALU_OWND_FOLWNG_TRANS",
            "VALU_OWND_FOLWNG_TRANS_FN", "DIRECT_INDIRECT_OWNERSHIP", "DIRECT_INDIRECT_OWNERSHIP_FN",
            "NATURE_OF_OWNERSHIP", "NATURE_OF_OWNERSHIP_FN"),
    DERIV_HOLDING("DERIV_HOLDING_SK", "DERIV_HOLDING_SK", "ACCESSION_NUMBER", "DERIV_HOLDING_SK", "SECURITY_TITLE",
            "SECURITY_TITLE_FN", "CONV_EXERCISE_PRICE", "CONV_EXERCISE_PRICE_FN", "TRANS_FORM_TYPE",
            "TRANS_FORM_TYPE_FN", "EXERCISE_DATE", "EXERCISE_DATE_FN", "EXPIRATION_DATE", "EXPIRATION_DATE_FN",
            "UNDLYNG_SEC_TITLE", "UNDLYNG_SEC_TITLE_FN", "UNDLYNG_SEC_SHARES", "UNDLYNG_SEC_SHARES_FN",
            "UNDLYNG_SEC_VALUE", "UNDLYNG_SEC_VALUE_FN", "SHRS_OWND_FOLWNG_TRANS", "SHRS_OWND_FOLWNG_TRANS_FN",
            "VALU_OWND_FOLWNG_TRANS", "VALU_OWND_FOLWNG_TRANS_FN", "DIRECT_INDIRECT_OWNERSHIP",
            "DIRECT_INDIRECT_OWNERSHIP_FN", "NATURE_OF_OWNERSHIP", "NATURE_OF_OWNERSHIP_FN"),
    FOOTNOTES("FOOTNOTE_ID", null, "ACCESSION_NUMBER", "FOOTNOTE_ID", "FOOTNOTE_TXT"),
    OWNER_SIGNATURE("OWNERSIGNATURENAME", null, "ACCESSION_NUMBER", "OWNERSIGNATURENAME", "OWNERSIGNATUREDATE");

    static final String ACCESSION_NUMBER = "ACCESSION_NUMBER";

    /** Bytes of a file's start that must hold its whole header row for the file to be recognised as a table. */
    public static final int HEADER_PEEK = 8192;

    private final String marker;
    private final @Nullable String surrogateKey;
    private final List<String> columns;

    DatasetTable(String marker, @Nullable String surrogateKey, String... columns) {
        this.marker = marker;
        this.surrogateKey = surrogateKey;
        this.columns = List.of(columns);
    }

    /** The columns the readme defines for this table, in its order. */
    List<String> columns() {
        return columns;
    }

    /** The {@code *_SK} column that orders a filing's rows, or null for tables without one. */
    @Nullable String surrogateKey() {
        return surrogateKey;
    }

    /**
     * The table whose header row the content starts with, or null. The header must end within the first
     * {@link #HEADER_PEEK} bytes; a UTF-8 byte-order mark before it is allowed.
     */
    public static @Nullable DatasetTable recognise(byte[] head) {
        var header = headerRow(head);
        return header == null ? null : recognise(header);
    }

    static @Nullable DatasetTable recognise(List<String> header) {
        if (!header.contains(ACCESSION_NUMBER)) {
            return null;
        }
        for (var table : values()) {
            if (header.contains(table.marker)) {
                return table;
            }
        }
        return null;
    }

    /**
     * Whether the content is one of the two files the SEC ships beside the tables, neither of them a filing: the
     * CSVW metadata ({@code FORM_345_metadata.json}) and the readme ({@code FORM_345_readme.htm}).
     */
    public static boolean isCompanion(byte[] head) {
        var text = new String(head, 0, Math.min(head.length, HEADER_PEEK), StandardCharsets.UTF_8);
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        var trimmed = text.substring(start).stripLeading();
        boolean csvwMetadata = trimmed.startsWith("{") && text.contains("http://www.w3.org/ns/csvw")
                && text.contains("ACCESSION_NUMBER");
        var lower = text.toLowerCase(Locale.ROOT);
        boolean readme = trimmed.regionMatches(true, 0, "<html", 0, 5)
                && (lower.contains("form_345") || lower.contains("form 345"));
        return csvwMetadata || readme;
    }

    /** The names of the first line, upper-cased and trimmed, or null when no complete line is in the head. */
    static @Nullable List<String> headerRow(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
                && (head[2] & 0xff) == 0xbf ? 3 : 0;
        int end = -1;
        for (int i = start; i < Math.min(head.length, HEADER_PEEK); i++) {
            byte b = head[i];
            if (b == '\n') {
                end = i;
                break;
            }
            if (b == 0 || (b < 0x20 && b != '\t' && b != '\r')) {
                return null;
            }
        }
        if (end < 0) {
            return null;
        }
        var line = new String(head, start, end - start, StandardCharsets.UTF_8);
        if (line.indexOf('\t') < 0) {
            return null;
        }
        var names = new ArrayList<String>();
        for (var name : line.split("\t", -1)) {
            names.add(name.strip().toUpperCase(Locale.ROOT));
        }
        return names;
    }
}
