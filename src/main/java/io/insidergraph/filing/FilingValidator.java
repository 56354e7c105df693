package io.insidergraph.filing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import io.insidergraph.filing.FilingParseException.Reason;

/**
 * Checks a filing record against the Ownership XML schema, whichever source it came from: every value within its
 * bound ({@link SchemaBounds}: lengths, number ranges, the patterns of codes and footnote ids, how often an element
 * may occur), and everything the schema requires present. The XML parser applies it to every filing it reads; a
 * loader of other sources (the SEC's Form 345 data sets) calls it on the records it builds, so both are held to the
 * same schema. The first problem found rejects the filing with a {@link FilingParseException} that names the field
 * by its place in the XML ({@code reportingOwner[1]/reportingOwnerId/rptOwnerName},
 * {@code nonDerivativeTable/nonDerivativeTransaction[2]/transactionAmounts/transactionShares/value}).
 * <p>
 * What is required follows the schema version: {@code aff10b5One} only from X0407, when it was added (no filing of
 * an earlier version has it); a record without a version (a data set row) is not asked for it. Left to the XML
 * reader, as a record cannot show it: whether the container elements themselves were there
 * ({@code reportingOwnerRelationship}, {@link OwnerReader}). Not checked: elements the schema does not define
 * (ignored, as a browser-injected {@code <script>} in some saved filings), the state and country code lists (they
 * changed between versions; only their length is), whether each footnote reference has its footnote (a dangling
 * reference loses nothing), and rules EDGAR applies beyond the schema (at least one relationship flag set).
 */
public final class FilingValidator {

    private static final Pattern FOOTNOTE_ID = Pattern.compile("F[1-9][0-9]?");
    private static final Pattern ZIP = Pattern.compile("[0-9A-Za-z #-]*");
    private static final Set<String> AFF10B5ONE_FORMS = Set.of("4", "4/A", "5", "5/A");
    /** The first version with {@code aff10b5One}; versions compare as text (X0202 ... X0609). */
    private static final String AFF10B5ONE_SINCE = "X0407";

    private FilingValidator() {
    }

    /**
     * @throws FilingParseException with reason {@link Reason#MISSING_REQUIRED_FIELD} or {@link Reason#INVALID_VALUE},
     *         naming the filing's source and the field
     */
    public static void validate(OwnershipFiling filing) throws FilingParseException {
        var check = new Check(filing.source());
        document(check, filing);
        issuer(check, filing.issuer());
        owners(check, filing.reportingOwners());
        RowChecks.rows(check, filing);
        footnotes(check, filing.footnotes());
        signatures(check, filing.signatures());
        if (filing.header() != null) {
            HeaderChecks.header(check, filing.header());
        }
    }

    private static void document(Check check, OwnershipFiling filing) throws FilingParseException {
        check.length("", "schemaVersion", filing.schemaVersion(), SchemaBounds.SCHEMA_VERSION);
        check.required("", "periodOfReport", filing.periodOfReport());
        if (filing.isAmendment()) {
            check.required("", "dateOfOriginalSubmission", filing.dateOfOriginalSubmission());
        }
        String version = filing.schemaVersion();
        if (AFF10B5ONE_FORMS.contains(filing.formType()) && version != null
                && version.compareTo(AFF10B5ONE_SINCE) >= 0) {
            check.required("", "aff10b5One", filing.aff10b5One(), "(required since " + AFF10B5ONE_SINCE + ")");
        }
        check.length("", "remarks", filing.remarks(), SchemaBounds.REMARKS);
    }

    private static void issuer(Check check, Issuer issuer) throws FilingParseException {
        check.cik("", "issuer/issuerCik", issuer.cik());
        check.length("", "issuer/issuerName", issuer.name(), SchemaBounds.NAME);
        check.required("", "issuer/issuerTradingSymbol", issuer.tradingSymbol());
        check.length("", "issuer/issuerTradingSymbol", issuer.tradingSymbol(), SchemaBounds.TRADING_SYMBOL);
        check.length("", "issuer/issuerForeignTradingSymbol", issuer.foreignTradingSymbol(),
                SchemaBounds.FOREIGN_TRADING_SYMBOL);
    }

    private static void owners(Check check, List<ReportingOwner> owners) throws FilingParseException {
        check.occurs("reportingOwner", owners.size(), 1, SchemaBounds.MAX_OWNERS);
        for (int i = 0; i < owners.size(); i++) {
            var owner = owners.get(i);
            String at = "reportingOwner[" + (i + 1) + "]/";
            check.cik(at, "reportingOwnerId/rptOwnerCik", owner.cik());
            check.length(at, "reportingOwnerId/rptOwnerName", owner.name(), SchemaBounds.NAME);
            check.length(at, "reportingOwnerRelationship/officerTitle", owner.officerTitle(),
                    SchemaBounds.RELATIONSHIP_TEXT);
            check.length(at, "reportingOwnerRelationship/otherText", owner.otherText(),
                    SchemaBounds.RELATIONSHIP_TEXT);
            var address = owner.address();
            if (address != null) {
                String a = at + "reportingOwnerAddress/rptOwner";
                check.length(a, "Street1", address.street1(), SchemaBounds.STREET);
                check.length(a, "Street2", address.street2(), SchemaBounds.STREET);
                check.length(a, "City", address.city(), SchemaBounds.CITY);
                check.length(a, "State", address.state(), SchemaBounds.STATE_OR_COUNTRY);
                check.length(a, "ZipCode", address.zipCode(), SchemaBounds.ZIP);
                check.pattern(a, "ZipCode", address.zipCode(), ZIP, "letters, digits, spaces, '#' and '-'");
                check.length(a, "StateDescription", address.stateDescription(), SchemaBounds.STATE_DESCRIPTION);
                check.length(a, "NonUSStateTerritory", address.nonUsStateTerritory(), SchemaBounds.STREET);
                check.length(a, "Country", address.country(), SchemaBounds.STATE_OR_COUNTRY);
            }
        }
    }

    private static void footnotes(Check check, List<Footnote> footnotes) throws FilingParseException {
        check.occurs("footnotes/footnote", footnotes.size(), 0, SchemaBounds.MAX_FOOTNOTES);
        var ids = new HashSet<String>();
        for (int i = 0; i < footnotes.size(); i++) {
            var footnote = footnotes.get(i);
            String at = "footnotes/footnote[" + (i + 1) + "]";
            check.pattern(at, "/@id", footnote.id(), FOOTNOTE_ID, "F1 to F99");
            if (!ids.add(footnote.id())) {
                throw check.invalid(at, "a second footnote with this id; ids are unique");
            }
            check.length("", at, footnote.text(), SchemaBounds.FOOTNOTE);
        }
    }

    private static void signatures(Check check, List<Signature> signatures) throws FilingParseException {
        check.occurs("ownerSignature", signatures.size(), 1, SchemaBounds.MAX_SIGNATURES);
        for (int i = 0; i < signatures.size(); i++) {
            String at = "ownerSignature[" + (i + 1) + "]/";
            check.length(at, "signatureName", signatures.get(i).name(), SchemaBounds.SIGNATURE_NAME);
            check.required(at, "signatureDate", signatures.get(i).date());
        }
    }

    /** The checks, each throwing with the filing's source; shared by the row and header checks. */
    static final class Check {

        private final String source;

        Check(String source) {
            this.source = source;
        }

        /* Each check takes the field's place in two parts, joined only when it fails: most values pass. */

        void required(String at, String field, @Nullable Object value) throws FilingParseException {
            required(at, field, value, "");
        }

        void required(String at, String field, @Nullable Object value, String why) throws FilingParseException {
            if (value == null) {
                throw missing(at + field + (why.isEmpty() ? "" : " " + why));
            }
        }

        FilingParseException missing(String what) {
            return new FilingParseException(source, Reason.MISSING_REQUIRED_FIELD, "no " + what);
        }

        FilingParseException invalid(String field, String problem) {
            return new FilingParseException(source, Reason.INVALID_VALUE, field + ": " + problem);
        }

        void length(String at, String field, @Nullable String value, int max) throws FilingParseException {
            if (value != null && value.length() > max) {
                throw invalid(at + field, value.length() + " characters ('" + value.substring(0, Math.min(24, max))
                        + "…'), more than the " + max + " the schema allows");
            }
        }

        void pattern(String at, String field, @Nullable String value, Pattern pattern, String allowed)
                throws FilingParseException {
            if (value != null && !pattern.matcher(value).matches()) {
                throw invalid(at + field, Decimals.quote(value) + " is not one the schema allows (" + allowed + ")");
            }
        }

        void occurs(String element, int count, int min, int max) throws FilingParseException {
            if (count < min) {
                throw missing(element + " (the schema requires " + min + " to " + max + ")");
            }
            if (count > max) {
                throw invalid(element, count + " of them, more than the " + max + " the schema allows");
            }
        }

        void cik(String at, String field, String cik) throws FilingParseException {
            if (cik.length() != SchemaBounds.CIK || !cik.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw invalid(at + field, Decimals.quote(cik) + " is not a CIK (up to " + SchemaBounds.CIK + " digits)");
            }
        }
    }
}
