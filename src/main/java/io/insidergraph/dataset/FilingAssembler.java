package io.insidergraph.dataset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.IntFunction;

import io.insidergraph.filing.AccessionSource;
import io.insidergraph.filing.Address;
import io.insidergraph.filing.Envelope;
import io.insidergraph.filing.Fact;
import io.insidergraph.filing.FilingParseException;
import io.insidergraph.filing.FilingValidator;
import io.insidergraph.filing.FilingValues;
import io.insidergraph.filing.Footnote;
import io.insidergraph.filing.Holding;
import io.insidergraph.filing.Issuer;
import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.filing.ReportingOwner;
import io.insidergraph.filing.Signature;
import io.insidergraph.filing.Transaction;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link OwnershipFiling} of one accession from its rows in the eight tables, field by field as the XML
 * parser fills it from the document: rows of each table in {@code *_SK} order (the filing's own order), owners and
 * signatures in the order of their lines, footnotes by id, and each {@code *_FN} column's ids on the field they
 * belong to. What the data sets do not carry (schema version, acceptance time, SGML header) stays absent. Each
 * record is then held to the Ownership XML schema's bounds by {@link FilingValidator}, as the XML parser's are. The
 * content hash is over every known column's value of every row, so the same rows give the same hash in any quarter's
 * column layout.
 */
final class FilingAssembler {

    private static final Address EMPTY_ADDRESS = new Address(null, null, null, null, null, null, null, null, null);
    private static final MessageDigest SHA256 = sha256Prototype();

    private final String source;
    private final IntFunction<TableFile> files;

    /**
     * @param source the data set's name, the {@code source} of every filing it gives
     * @param files the table files of the data set by id
     */
    FilingAssembler(String source, IntFunction<TableFile> files) {
        this.source = source;
        this.files = files;
    }

    OwnershipFiling assemble(FilingRows rows) throws BadRowException {
        var submissions = rows.of(DatasetTable.SUBMISSION);
        if (submissions.size() > 1) {
            var first = view(submissions.get(0));
            throw new BadRowException(first.file(), first.line(), DatasetTable.ACCESSION_NUMBER,
                    "accession " + rows.accession() + " has " + submissions.size() + " SUBMISSION rows (also line "
                    + submissions.get(1).line() + ")");
        }
        var submission = view(submissions.getFirst());
        var accession = FilingValues.accessionNumber(rows.accession());
        if (accession == null || !accession.equals(rows.accession())) {
            throw submission.bad(DatasetTable.ACCESSION_NUMBER, "'" + rows.accession()
                    + "' is not an accession number (0000000000-00-000000)");
        }
        var formType = FilingValues.formType(submission.text("DOCUMENT_TYPE"));
        if (formType == null) {
            throw submission.bad("DOCUMENT_TYPE", submission.text("DOCUMENT_TYPE") == null ? "no value"
                    : "'" + submission.text("DOCUMENT_TYPE") + "' is not a Form 3, 4 or 5");
        }
        var owners = owners(rows.of(DatasetTable.REPORTINGOWNER));
        if (owners.isEmpty()) {
            throw new BadRowException(submission.file(), submission.line(), null,
                    "no REPORTINGOWNER row for this accession (a filing has at least one reporting owner)");
        }
        var filing = new OwnershipFiling(
                accession,
                AccessionSource.DATASET,
                sha256(rows),
                source,
                Envelope.DATASET,
                formType,
                null,
                submission.date("PERIOD_OF_REPORT"),
                submission.date("FILING_DATE"),
                null,
                submission.date("DATE_OF_ORIG_SUB"),
                submission.bool("NOT_SUBJECT_SEC16"),
                submission.bool("FORM3_HOLDINGS_REPORTED"),
                submission.bool("FORM4_TRANS_REPORTED"),
                submission.bool("AFF10B5ONE"),
                submission.bool("NO_SECURITIES_OWNED"),
                submission.text("REMARKS"),
                issuer(submission),
                owners,
                transactions(rows.of(DatasetTable.NONDERIV_TRANS), DatasetTable.NONDERIV_TRANS, false),
                transactions(rows.of(DatasetTable.DERIV_TRANS), DatasetTable.DERIV_TRANS, true),
                holdings(rows.of(DatasetTable.NONDERIV_HOLDING), DatasetTable.NONDERIV_HOLDING, false),
                holdings(rows.of(DatasetTable.DERIV_HOLDING), DatasetTable.DERIV_HOLDING, true),
                footnotes(rows.of(DatasetTable.FOOTNOTES)),
                signatures(rows.of(DatasetTable.OWNER_SIGNATURE)),
                null);
        try {
            FilingValidator.validate(filing);
        }
        catch (FilingParseException ex) {
            var prefix = ex.source() + ": ";
            var message = String.valueOf(ex.getMessage());
            throw new BadRowException(submission.file(), submission.line(), null, "this filing breaks the Ownership"
                    + " XML schema's bounds, as an XML copy would: "
                    + (message.startsWith(prefix) ? message.substring(prefix.length()) : message));
        }
        return filing;
    }

    private Issuer issuer(RowView submission) throws BadRowException {
        return new Issuer(cik(submission, "ISSUERCIK"), submission.text("ISSUERNAME"),
                submission.text("ISSUERTRADINGSYMBOL"), null);
    }

    private List<ReportingOwner> owners(List<Spool.Row> rows) throws BadRowException {
        var owners = new ArrayList<ReportingOwner>(rows.size());
        for (var view : inLineOrder(rows)) {
            var cik = cik(view, "RPTOWNERCIK");
            var name = view.text("RPTOWNERNAME");
            var role = Relationship.parse(view.text("RPTOWNER_RELATIONSHIP"));
            var address = new Address(view.text("RPTOWNER_STREET1"), view.text("RPTOWNER_STREET2"),
                    view.text("RPTOWNER_CITY"), view.text("RPTOWNER_STATE"), view.text("RPTOWNER_ZIPCODE"),
                    view.text("RPTOWNER_STATE_DESC"), null, null, null);
            owners.add(new ReportingOwner(cik, name, address.equals(EMPTY_ADDRESS) ? null : address,
                    role.director(), role.officer(), role.tenPercentOwner(), role.other(),
                    view.text("RPTOWNER_TITLE"), view.text("RPTOWNER_TXT"), FilingValues.ownerKind(name)));
        }
        return owners;
    }

    private List<Transaction> transactions(List<Spool.Row> rows, DatasetTable table, boolean derivative)
            throws BadRowException {
        var result = new ArrayList<Transaction>(rows.size());
        for (var r : inKeyOrder(rows, table)) {
            result.add(new Transaction(
                    derivative,
                    result.size(),
                    r.textFact("SECURITY_TITLE"),
                    r.numberFact("CONV_EXERCISE_PRICE"),
                    r.dateFact("TRANS_DATE"),
                    r.dateFact("DEEMED_EXECUTION_DATE"),
                    r.text("TRANS_FORM_TYPE"),
                    // the footnotes of the whole transactionCoding element, kept on the code as the parser does
                    fact(r.text("TRANS_CODE"), r.footnoteIds("EQUITY_SWAP_TRANS_CD_FN", "EQUITY_SWAP_INVOLVED_FN")),
                    r.bool("EQUITY_SWAP_INVOLVED"),
                    r.textFact("TRANS_TIMELINESS"),
                    r.numberFact("TRANS_SHARES"),
                    r.numberFact("TRANS_TOTAL_VALUE"),
                    r.numberFact("TRANS_PRICEPERSHARE"),
                    r.textFact("TRANS_ACQUIRED_DISP_CD"),
                    r.dateFact("EXCERCISE_DATE", "EXERCISE_DATE"),
                    r.dateFact("EXPIRATION_DATE"),
                    r.textFact("UNDLYNG_SEC_TITLE"),
                    r.numberFact("UNDLYNG_SEC_SHARES"),
                    r.numberFact("UNDLYNG_SEC_VALUE"),
                    r.numberFact("SHRS_OWND_FOLWNG_TRANS"),
                    r.numberFact("VALU_OWND_FOLWNG_TRANS"),
                    r.textFact("DIRECT_INDIRECT_OWNERSHIP"),
                    r.textFact("NATURE_OF_OWNERSHIP")));
        }
        return result;
    }

    private List<Holding> holdings(List<Spool.Row> rows, DatasetTable table, boolean derivative)
            throws BadRowException {
        var result = new ArrayList<Holding>(rows.size());
        for (var r : inKeyOrder(rows, table)) {
            result.add(new Holding(
                    derivative,
                    result.size(),
                    r.textFact("SECURITY_TITLE"),
                    r.textFact("TRANS_FORM_TYPE"),
                    r.numberFact("CONV_EXERCISE_PRICE"),
                    r.dateFact("EXERCISE_DATE", "EXCERCISE_DATE"),
                    r.dateFact("EXPIRATION_DATE"),
                    r.textFact("UNDLYNG_SEC_TITLE"),
                    r.numberFact("UNDLYNG_SEC_SHARES"),
                    r.numberFact("UNDLYNG_SEC_VALUE"),
                    r.numberFact("SHRS_OWND_FOLWNG_TRANS"),
                    r.numberFact("VALU_OWND_FOLWNG_TRANS"),
                    r.textFact("DIRECT_INDIRECT_OWNERSHIP"),
                    r.textFact("NATURE_OF_OWNERSHIP")));
        }
        return result;
    }

    private List<Footnote> footnotes(List<Spool.Row> rows) throws BadRowException {
        var footnotes = new ArrayList<Footnote>(rows.size());
        for (var view : inLineOrder(rows)) {
            var id = view.text("FOOTNOTE_ID");
            if (id != null) {
                var text = view.text("FOOTNOTE_TXT");
                footnotes.add(new Footnote(id, text == null ? "" : text));
            }
        }
        footnotes.sort(Comparator.comparing(Footnote::id, RowView.FOOTNOTE_ORDER));
        return footnotes;
    }

    private List<Signature> signatures(List<Spool.Row> rows) throws BadRowException {
        var signatures = new ArrayList<Signature>(rows.size());
        for (var view : inLineOrder(rows)) {
            var name = view.text("OWNERSIGNATURENAME");
            if (name != null) {
                signatures.add(new Signature(name, view.date("OWNERSIGNATUREDATE")));
            }
        }
        return signatures;
    }

    private static String cik(RowView view, String column) throws BadRowException {
        var raw = view.text(column);
        if (raw == null) {
            throw view.bad(column, "no value");
        }
        var cik = FilingValues.cik(raw);
        if (cik == null) {
            throw view.bad(column, "'" + raw + "' is not a CIK");
        }
        return cik;
    }

    private RowView view(Spool.Row row) throws BadRowException {
        return new RowView(files.apply(row.file()), row);
    }

    private List<RowView> inLineOrder(List<Spool.Row> rows) throws BadRowException {
        var views = new ArrayList<RowView>(rows.size());
        for (var row : rows) {
            views.add(view(row));
        }
        views.sort(Comparator.comparingInt((RowView v) -> v.file().id()).thenComparingLong(RowView::line));
        return views;
    }

    /** By surrogate key, the filing's own row order; by line where a quarter's file has no key column. */
    private List<RowView> inKeyOrder(List<Spool.Row> rows, DatasetTable table) throws BadRowException {
        var views = inLineOrder(rows);
        var key = table.surrogateKey();
        if (key == null || views.isEmpty() || views.getFirst().file().index(key) < 0) {
            return views;
        }
        var keyed = new ArrayList<Keyed>(views.size());
        for (var view : views) {
            keyed.add(new Keyed(view.wholeNumber(key), view));
        }
        keyed.sort(Comparator.comparingLong(Keyed::key));
        return keyed.stream().map(Keyed::view).toList();
    }

    private record Keyed(long key, RowView view) {
    }

    private static <T> Fact<T> fact(@Nullable T value, List<String> footnoteIds) {
        return footnoteIds.isEmpty() ? Fact.of(value) : new Fact<>(value, footnoteIds);
    }

    /**
     * Over each table's known columns, in the readme's order, of each row in the order used above: the same filing
     * hashes the same whatever columns the quarter adds or moves.
     */
    private String sha256(FilingRows rows) throws BadRowException {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA256.clone();
        }
        catch (CloneNotSupportedException ex) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", ex);
        }
        var text = new StringBuilder(1024);
        for (var table : DatasetTable.values()) {
            var list = rows.of(table);
            if (list.isEmpty()) {
                continue;
            }
            text.append(table.name()).append('\n');
            for (var view : table.surrogateKey() == null ? inLineOrder(list) : inKeyOrder(list, table)) {
                for (var column : table.columns()) {
                    var value = view.text(column);
                    if (value != null) {
                        text.append(column).append('=').append(value).append('\t');
                    }
                }
                text.append('\n');
            }
        }
        return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256Prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
    }
}
