package io.insidergraph.filing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.insidergraph.filing.FilingValidator.Check;

/**
 * The rows' part of {@link FilingValidator}: at most 30 rows a table; every field within its bound; and what the
 * row types of the form's schema require ({@code ownership[345]Document.xsd.xml}): a security title, ownership
 * nature and amount held after for every row (except a Form 3's derivative holdings), a date, amounts and an
 * acquired/disposed code for transactions, price, dates and underlying security for derivatives. "A value" means
 * the schema's {@code NUMBER_WITH_FOOTNOTE} or {@code DATE_WITH_FOOTNOTE} (the value itself is required); "a value
 * or a footnote", its {@code OPT_} types.
 */
final class RowChecks {

    /** Where each field of a row sits in the XML, by record component name. */
    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("securityTitle", "securityTitle/value"),
            Map.entry("conversionOrExercisePrice", "conversionOrExercisePrice/value"),
            Map.entry("transactionDate", "transactionDate/value"),
            Map.entry("deemedExecutionDate", "deemedExecutionDate/value"),
            Map.entry("transactionFormType", "transactionCoding/transactionFormType"),
            Map.entry("code", "transactionCoding/transactionCode"),
            Map.entry("timeliness", "transactionTimeliness/value"),
            Map.entry("shares", "transactionAmounts/transactionShares/value"),
            Map.entry("totalValue", "transactionAmounts/transactionTotalValue/value"),
            Map.entry("pricePerShare", "transactionAmounts/transactionPricePerShare/value"),
            Map.entry("acquiredDisposed", "transactionAmounts/transactionAcquiredDisposedCode/value"),
            Map.entry("exerciseDate", "exerciseDate/value"),
            Map.entry("expirationDate", "expirationDate/value"),
            Map.entry("underlyingSecurityTitle", "underlyingSecurity/underlyingSecurityTitle/value"),
            Map.entry("underlyingSecurityShares", "underlyingSecurity/underlyingSecurityShares/value"),
            Map.entry("underlyingSecurityValue", "underlyingSecurity/underlyingSecurityValue/value"),
            Map.entry("sharesOwnedFollowing", "postTransactionAmounts/sharesOwnedFollowingTransaction/value"),
            Map.entry("valueOwnedFollowing", "postTransactionAmounts/valueOwnedFollowingTransaction/value"),
            Map.entry("directOrIndirect", "ownershipNature/directOrIndirectOwnership/value"),
            Map.entry("natureOfOwnership", "ownershipNature/natureOfOwnership/value"));

    /** TRANS_CODE_PICKLIST, ACQ_DISP_CODE_PICKLIST, OWNERSHIP_TYPE_PICKLIST, TRANS_TIMELY_PICKLIST. */
    private static final Map<String, Pattern> CODES = Map.of(
            "code", Pattern.compile("[ACDEFGHIJLMOPSUWXZ]"),
            "acquiredDisposed", Pattern.compile("[AD]"),
            "directOrIndirect", Pattern.compile("[DI]"),
            "timeliness", Pattern.compile("[EL]"));
    /** TRANS_FORM4_TYPE_PICKLIST / TRANS_FORM5_TYPE_PICKLIST for transactions; LATE_HOLDING for holdings. */
    private static final Pattern TRANSACTION_FORM_TYPE = Pattern.compile("[45]");
    private static final Pattern HOLDING_FORM_TYPE = Pattern.compile("3");
    private static final Pattern FOOTNOTE_ID = Pattern.compile("F[1-9][0-9]?");

    private RowChecks() {
    }

    static void rows(Check check, OwnershipFiling filing) throws FilingParseException {
        table(check, "nonDerivativeTable", filing.nonDerivativeTransactions(), filing.nonDerivativeHoldings());
        table(check, "derivativeTable", filing.derivativeTransactions(), filing.derivativeHoldings());
        boolean form3 = filing.formType().startsWith("3");
        for (var t : filing.nonDerivativeTransactions()) {
            transaction(check, t);
        }
        for (var t : filing.derivativeTransactions()) {
            transaction(check, t);
        }
        for (var h : filing.nonDerivativeHoldings()) {
            holding(check, h, true);
        }
        for (var h : filing.derivativeHoldings()) {
            holding(check, h, !form3);
        }
    }

    private static void table(Check check, String table, List<Transaction> transactions, List<Holding> holdings)
            throws FilingParseException {
        int rows = transactions.size() + holdings.size();
        if (rows > SchemaBounds.MAX_ROWS_PER_TABLE) {
            throw check.invalid(table, rows + " transactions and holdings, more than the "
                    + SchemaBounds.MAX_ROWS_PER_TABLE + " the schema allows");
        }
    }

    private static void transaction(Check check, Transaction t) throws FilingParseException {
        String at = at(t);
        facts(check, at, t);
        check.length(at, PATHS.get("transactionFormType"), t.transactionFormType(), 1);
        check.pattern(at, PATHS.get("transactionFormType"), t.transactionFormType(), TRANSACTION_FORM_TYPE, "4 or 5");
        value(check, at, "securityTitle", t.securityTitle());
        value(check, at, "transactionDate", t.transactionDate());
        boolean coded = t.transactionFormType() != null || t.code().value() != null || t.equitySwapInvolved() != null;
        if (coded) {
            check.required(at, PATHS.get("transactionFormType"), t.transactionFormType());
            value(check, at, "code", t.code());
            check.required(at, "transactionCoding/equitySwapInvolved", t.equitySwapInvolved());
        }
        if (t.derivative()) {
            valueOrFootnote(check, at, "conversionOrExercisePrice", t.conversionOrExercisePrice());
            if (t.shares().value() == null && t.totalValue().value() == null) {
                throw check.missing(at + "transactionAmounts/transactionShares/value or transactionTotalValue/value");
            }
            valueOrFootnote(check, at, "exerciseDate", t.exerciseDate());
            valueOrFootnote(check, at, "expirationDate", t.expirationDate());
            value(check, at, "underlyingSecurityTitle", t.underlyingSecurityTitle());
        } else {
            value(check, at, "shares", t.shares());
        }
        valueOrFootnote(check, at, "pricePerShare", t.pricePerShare());
        value(check, at, "acquiredDisposed", t.acquiredDisposed());
        heldAfter(check, at, t.sharesOwnedFollowing(), t.valueOwnedFollowing());
        value(check, at, "directOrIndirect", t.directOrIndirect());
    }

    private static void holding(Check check, Holding h, boolean needsAmountAfter) throws FilingParseException {
        String at = at(h);
        facts(check, at, h);
        check.pattern(at, PATHS.get("transactionFormType"), h.transactionFormType().value(), HOLDING_FORM_TYPE,
                "3, for a late Form 3 holding");
        value(check, at, "securityTitle", h.securityTitle());
        if (h.derivative()) {
            valueOrFootnote(check, at, "conversionOrExercisePrice", h.conversionOrExercisePrice());
            valueOrFootnote(check, at, "exerciseDate", h.exerciseDate());
            valueOrFootnote(check, at, "expirationDate", h.expirationDate());
            value(check, at, "underlyingSecurityTitle", h.underlyingSecurityTitle());
        }
        if (needsAmountAfter) {
            heldAfter(check, at, h.sharesOwnedFollowing(), h.valueOwnedFollowing());
        }
        value(check, at, "directOrIndirect", h.directOrIndirect());
    }

    /** The bounds every stated field keeps: footnote references, number ranges, text lengths, code patterns. */
    private static void facts(Check check, String at, Row row) throws FilingParseException {
        for (var entry : row.facts().entrySet()) {
            String field = PATHS.get(entry.getKey());
            Fact<?> fact = entry.getValue();
            footnoteReferences(check, at, field, fact.footnoteIds());
            switch (fact.value()) {
                case BigDecimal number -> number(check, at, field, number);
                case String text -> text(check, entry.getKey(), at, field, text);
                case null, default -> {
                    // dates are bounded by their type
                }
            }
        }
    }

    private static void text(Check check, String component, String at, String field, String text)
            throws FilingParseException {
        switch (component) {
            case "securityTitle", "underlyingSecurityTitle" -> check.length(at, field, text, SchemaBounds.SECURITY_TITLE);
            case "natureOfOwnership" -> check.length(at, field, text, SchemaBounds.NATURE_OF_OWNERSHIP);
            case "transactionFormType" -> check.length(at, field, text, 1);
            default -> {
                Pattern code = CODES.get(component);
                if (code != null) {
                    check.pattern(at, field, text, code, code.pattern());
                }
            }
        }
    }

    /** POSITIVE_DECIMAL, for records whose numbers did not come through the XML reader's own check. */
    private static void number(Check check, String at, String field, BigDecimal number)
            throws FilingParseException {
        if (number.signum() < 0 || number.compareTo(SchemaBounds.MAX_DECIMAL) > 0
                || number.scale() > SchemaBounds.DECIMAL_FRACTION_DIGITS
                        && number.stripTrailingZeros().scale() > SchemaBounds.DECIMAL_FRACTION_DIGITS) {
            throw check.invalid(at + field, Decimals.quote(number.toString()) + " is out of range; "
                    + SchemaBounds.decimalRange());
        }
    }

    private static void footnoteReferences(Check check, String at, String field, List<String> ids)
            throws FilingParseException {
        if (ids.size() > SchemaBounds.MAX_FOOTNOTE_REFERENCES) {
            throw check.invalid(at + field, ids.size() + " footnoteId references, more than the "
                    + SchemaBounds.MAX_FOOTNOTE_REFERENCES + " the schema allows");
        }
        for (String id : ids) {
            check.pattern(at, field + "/footnoteId", id, FOOTNOTE_ID, "F1 to F99");
        }
    }

    private static void value(Check check, String at, String component, Fact<?> fact) throws FilingParseException {
        if (fact.value() == null) {
            throw check.missing(at + PATHS.get(component));
        }
    }

    private static void valueOrFootnote(Check check, String at, String component, Fact<?> fact)
            throws FilingParseException {
        if (fact.isAbsent()) {
            String field = PATHS.get(component);
            throw check.missing(at + field.substring(0, field.length() - "/value".length())
                    + ": the schema requires a value or a footnoteId");
        }
    }

    private static void heldAfter(Check check, String at, Fact<BigDecimal> shares, Fact<BigDecimal> value)
            throws FilingParseException {
        if (shares.value() == null && value.value() == null) {
            throw check.missing(at + "postTransactionAmounts/sharesOwnedFollowingTransaction/value"
                    + " or valueOwnedFollowingTransaction/value");
        }
    }

    private static String at(Row row) {
        String table = row.derivative() ? "derivativeTable/derivative" : "nonDerivativeTable/nonDerivative";
        String kind = row instanceof Transaction ? "Transaction" : "Holding";
        return table + kind + "[" + (row.position() + 1) + "]/";
    }
}
