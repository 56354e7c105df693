package io.insidergraph.filing;

import java.math.BigDecimal;

/**
 * The limits the SEC's Ownership XML schema sets on the values of a filing, so that no input, XML or data set, can
 * put more into the graph than a filing EDGAR accepts could hold. Taken from the Reduced Content XSDs of the EDGAR
 * Ownership XML Technical Specification v5.5 (X0609; {@code ownershipDocumentCommon.xsd.xml} and
 * {@code ownership[345][A]Document.xsd.xml}, copied under {@code src/test/resources/ownership-xsd/}); where the XSD
 * leaves a string unbounded, from the specification's own table of maximum lengths (section 3.5). Each constant
 * names the schema type or element it comes from.
 * <p>
 * Real filings keep to these limits: every filing of the test corpus does, and so does every value of the SEC's
 * Form 345 data sets for 2024 Q3 (36,075 filings), many exactly at the limit (remarks of 2,000 characters,
 * signatures of 255, natures of ownership of 100, 30 rows in a table, 10 signatures), which shows EDGAR enforces
 * them. See {@code src/test/resources/ownership-xsd/README.md}.
 */
public final class SchemaBounds {

    /** {@code CIK}: up to 10 digits. */
    public static final int CIK = 10;
    /** {@code issuerName}, {@code rptOwnerName}; also the names of the SGML header, which are the same records. */
    public static final int NAME = 150;
    /** {@code issuerTradingSymbol}. */
    public static final int TRADING_SYMBOL = 10;
    /** {@code issuerForeignTradingSymbol} (X0609). */
    public static final int FOREIGN_TRADING_SYMBOL = 14;
    /** {@code rptOwnerStreet1}, {@code rptOwnerStreet2}, {@code rptOwnerNonUSStateTerritory}. */
    public static final int STREET = 40;
    /** {@code rptOwnerCity}. */
    public static final int CITY = 30;
    /** {@code rptOwnerState}, {@code rptOwnerCountry}: two-character EDGAR codes (or blank). */
    public static final int STATE_OR_COUNTRY = 2;
    /** {@code rptOwnerZipCode}, of the pattern {@code [0-9A-Za-z #-]*}. */
    public static final int ZIP = 10;
    /** {@code rptOwnerStateDescription}. */
    public static final int STATE_DESCRIPTION = 50;
    /** {@code STRING_30}: {@code officerTitle}, {@code otherText}. */
    public static final int RELATIONSHIP_TEXT = 30;
    /** {@code SECURITY_TITLE}: a row's security title and its underlying security's title. */
    public static final int SECURITY_TITLE = 60;
    /** {@code INDIRECT_NATURE}: {@code natureOfOwnership}. */
    public static final int NATURE_OF_OWNERSHIP = 100;
    /**
     * {@code footnote}: unbounded in the XSD ({@code FOOTNOTE} is mixed content), 1,000 in the specification's
     * table 3.5, which filing agents enforce (the longest footnote of the corpus has 985 characters).
     */
    public static final int FOOTNOTE = 1000;
    /** {@code STRING_2000}: {@code remarks}. */
    public static final int REMARKS = 2000;
    /** {@code signatureName}. */
    public static final int SIGNATURE_NAME = 255;
    /** {@code SCHEMA_VERSION}: exactly 5 characters ({@code X0609}). */
    public static final int SCHEMA_VERSION = 5;

    /** {@code reportingOwner} maxOccurs. */
    public static final int MAX_OWNERS = 10;
    /** {@code ownerSignature} maxOccurs. */
    public static final int MAX_SIGNATURES = 10;
    /** {@code NONDERIVATIVE_TABLE} and {@code DERIVATIVE_TABLE}: transactions and holdings together. */
    public static final int MAX_ROWS_PER_TABLE = 30;
    /** {@code FOOTNOTE_GROUP}: footnotes of a filing; {@code FID}: F1 to F99. */
    public static final int MAX_FOOTNOTES = 99;
    /** {@code footnoteId} maxOccurs on one field. */
    public static final int MAX_FOOTNOTE_REFERENCES = 99;

    /** {@code POSITIVE_DECIMAL}: maxInclusive. */
    public static final BigDecimal MAX_DECIMAL = new BigDecimal("999999999999.9999");
    /** {@code POSITIVE_DECIMAL}: fractionDigits. */
    public static final int DECIMAL_FRACTION_DIGITS = 4;
    /** {@code POSITIVE_DECIMAL}: digits before the point that {@link #MAX_DECIMAL} allows (totalDigits is 16). */
    public static final int DECIMAL_INTEGER_DIGITS = 12;

    /**
     * The longest run of text between two tags the XML parser reads before it stops: twice the longest value the
     * schema allows ({@link #REMARKS}), so that a valid value with its surrounding whitespace never reaches it. It
     * is the parser's early stop, not a bound of the schema: the values are checked against their own bounds once
     * read ({@link FilingValidator}).
     */
    static final int MAX_TEXT_RUN = 2 * REMARKS;

    private SchemaBounds() {
    }

    /** What POSITIVE_DECIMAL allows, in words, for rejection messages. */
    static String decimalRange() {
        return "the schema allows 0 to " + MAX_DECIMAL.toPlainString() + ", with at most "
                + DECIMAL_FRACTION_DIGITS + " decimal places";
    }
}
