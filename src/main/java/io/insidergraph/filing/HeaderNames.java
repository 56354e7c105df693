package io.insidergraph.filing;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The field and block names of the two header syntaxes: the indented {@code KEY: value} text of a SEC-HEADER and
 * the {@code <KEY>value} tags of a compact SUBMISSION header. Both map to one canonical spelling; names not listed
 * here are not needed for the records and are skipped.
 */
final class HeaderNames {

    static final String REPORTING_OWNER = "REPORTING-OWNER";
    static final String ISSUER = "ISSUER";
    static final String ENTITY_DATA = "ENTITY-DATA";
    static final String BUSINESS_ADDRESS = "BUSINESS-ADDRESS";
    static final String MAIL_ADDRESS = "MAIL-ADDRESS";
    static final String FORMER_NAME = "FORMER-NAME";
    static final String FILING_VALUES = "FILING-VALUES";

    static final String ACCESSION = "ACCESSION";
    static final String TYPE = "TYPE";
    static final String PERIOD = "PERIOD";
    static final String FILED = "FILED";
    static final String ACCEPTED = "ACCEPTED";
    static final String NAME = "NAME";
    static final String CIK = "CIK";
    static final String SIC = "SIC";
    static final String IRS = "IRS";
    static final String STATE_OF_INCORPORATION = "STATE-OF-INCORPORATION";
    static final String FISCAL_YEAR_END = "FISCAL-YEAR-END";
    static final String STREET1 = "STREET1";
    static final String STREET2 = "STREET2";
    static final String CITY = "CITY";
    static final String STATE = "STATE";
    static final String ZIP = "ZIP";
    static final String PHONE = "PHONE";
    static final String FORMER_CONFORMED_NAME = "FORMER-CONFORMED-NAME";
    static final String DATE_CHANGED = "DATE-CHANGED";

    /** Top-level blocks; SUBJECT-COMPANY is how some headers name the issuer. */
    private static final Map<String, String> TOP_BLOCKS = Map.of(
            "REPORTING-OWNER", REPORTING_OWNER,
            "ISSUER", ISSUER,
            "SUBJECT-COMPANY", ISSUER);

    private static final Map<String, String> SUB_BLOCKS = Map.ofEntries(
            Map.entry("OWNER DATA", ENTITY_DATA), Map.entry("OWNER-DATA", ENTITY_DATA),
            Map.entry("COMPANY DATA", ENTITY_DATA), Map.entry("COMPANY-DATA", ENTITY_DATA),
            Map.entry("BUSINESS ADDRESS", BUSINESS_ADDRESS), Map.entry("BUSINESS-ADDRESS", BUSINESS_ADDRESS),
            Map.entry("MAIL ADDRESS", MAIL_ADDRESS), Map.entry("MAIL-ADDRESS", MAIL_ADDRESS),
            Map.entry("FORMER COMPANY", FORMER_NAME), Map.entry("FORMER-COMPANY", FORMER_NAME),
            Map.entry("FORMER NAME", FORMER_NAME), Map.entry("FORMER-NAME", FORMER_NAME),
            Map.entry("FILING VALUES", FILING_VALUES), Map.entry("FILING-VALUES", FILING_VALUES));

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("ACCESSION NUMBER", ACCESSION), Map.entry("ACCESSION-NUMBER", ACCESSION),
            Map.entry("CONFORMED SUBMISSION TYPE", TYPE), Map.entry("TYPE", TYPE),
            Map.entry("CONFORMED PERIOD OF REPORT", PERIOD), Map.entry("PERIOD", PERIOD),
            Map.entry("FILED AS OF DATE", FILED), Map.entry("FILING-DATE", FILED),
            Map.entry("ACCEPTANCE-DATETIME", ACCEPTED),
            Map.entry("COMPANY CONFORMED NAME", NAME), Map.entry("CONFORMED-NAME", NAME),
            Map.entry("CENTRAL INDEX KEY", CIK), Map.entry("CIK", CIK),
            Map.entry("STANDARD INDUSTRIAL CLASSIFICATION", SIC), Map.entry("ASSIGNED-SIC", SIC),
            Map.entry("IRS NUMBER", IRS), Map.entry("IRS-NUMBER", IRS), Map.entry("EIN", IRS),
            Map.entry("STATE OF INCORPORATION", STATE_OF_INCORPORATION),
            Map.entry("STATE-OF-INCORPORATION", STATE_OF_INCORPORATION),
            Map.entry("FISCAL YEAR END", FISCAL_YEAR_END), Map.entry("FISCAL-YEAR-END", FISCAL_YEAR_END),
            Map.entry("STREET 1", STREET1), Map.entry("STREET1", STREET1),
            Map.entry("STREET 2", STREET2), Map.entry("STREET2", STREET2),
            Map.entry("CITY", CITY), Map.entry("STATE", STATE), Map.entry("ZIP", ZIP),
            Map.entry("BUSINESS PHONE", PHONE), Map.entry("PHONE", PHONE),
            Map.entry("FORMER CONFORMED NAME", FORMER_CONFORMED_NAME),
            Map.entry("FORMER-CONFORMED-NAME", FORMER_CONFORMED_NAME),
            Map.entry("DATE OF NAME CHANGE", DATE_CHANGED), Map.entry("DATE-CHANGED", DATE_CHANGED));

    private HeaderNames() {
    }

    @Nullable
    static String topBlock(String raw) {
        return TOP_BLOCKS.get(raw);
    }

    @Nullable
    static String subBlock(String raw) {
        return SUB_BLOCKS.get(raw);
    }

    @Nullable
    static String field(String raw) {
        return FIELDS.get(raw);
    }
}
