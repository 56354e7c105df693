package io.insidergraph.filing;

import static io.insidergraph.filing.Elements.child;
import static io.insidergraph.filing.Elements.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.jdom2.Element;
import org.jdom2.Text;
import org.jspecify.annotations.Nullable;

import io.insidergraph.filing.FilingParseException.Reason;

/**
 * Parses one EDGAR ownership filing (Forms 3, 4, 5 and amendments) into an {@link OwnershipFiling}, or rejects it
 * with a {@link FilingParseException} naming the file and the reason. The steps, each in its own class: read within
 * the size limit and unwrap gzip ({@link RawInput}); find the envelope, header and XML ({@link EnvelopeDetector});
 * parse with a hardened JDOM builder that refuses DTDs ({@link XmlDocuments}, {@link HardenedReaderFactory}),
 * repairing stray ampersands only when a document needs it ({@link EntityRepair}); detect form and schema version
 * ({@link DocumentProfile}); read owners and rows ({@link OwnerReader}, {@link RowReader}); check the result
 * against the schema's bounds and required elements ({@link FilingValidator}). Values are bounded as they are read
 * as well: a run of text longer than any value may be stops the XML parser ({@link BoundedTextHandler}), and a
 * number is measured before it is built ({@link Decimals}), so a hostile value costs time linear in its length.
 * Stateless and thread-safe: share one instance.
 */
public final class FilingParser {

    /** 20 MB: the largest real ownership submissions are a few hundred KB, with exhibits a few MB. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private static final MessageDigest SHA256 = sha256Prototype();

    private final long maxBytes;
    private final XmlDocuments xml = new XmlDocuments();

    public FilingParser() {
        this(DEFAULT_MAX_BYTES);
    }

    public FilingParser(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads the file within the size limit (reading stops at the first byte over it) and parses it. */
    public OwnershipFiling parse(Path file) throws FilingParseException {
        String source = file.toString();
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = RawInput.readBounded(source, in, maxBytes);
        } catch (IOException e) {
            throw new FilingParseException(source, Reason.UNREADABLE, e.toString(), -1, -1, e);
        }
        return parse(source, content);
    }

    /**
     * @param source the path or name the bytes came from: named in errors, and searched for an accession number
     *        when the content has no header
     * @param content the file's bytes, plain or gzip-compressed
     */
    public OwnershipFiling parse(String source, byte[] content) throws FilingParseException {
        byte[] plain = RawInput.unwrap(source, content, maxBytes);
        byte[] sha256 = sha256(plain);
        var utf16 = Utf16.detect(plain);
        if (utf16 != null) {
            plain = Utf16.toUtf8(plain, utf16);
        }
        var located = EnvelopeDetector.locate(source, plain);
        SubmissionHeader header = located.hasHeader() ? SubmissionHeaders.read(plain, located) : null;
        Element root = parseXml(source, plain, located.xmlStart(), located.xmlEnd());
        var profile = DocumentProfile.detect(source, root, header == null ? null : header.submissionType());
        OwnershipFiling filing;
        try {
            filing = assemble(source, sha256, located.envelope(), header, profile, root);
        } catch (InvalidValueException e) {
            throw new FilingParseException(source, Reason.INVALID_VALUE, e.getMessage());
        }
        FilingValidator.validate(filing);
        return filing;
    }

    private Element parseXml(String source, byte[] b, int from, int to) throws FilingParseException {
        return xml.build(source, new XmlDocuments.Slice(b, from, to - from)).getRootElement();
    }

    private static OwnershipFiling assemble(String source, byte[] sha256, Envelope envelope,
            @Nullable SubmissionHeader header, DocumentProfile profile, Element root) throws FilingParseException {
        var tables = RowReader.read(root);
        String headerAccession = header == null ? null : header.accessionNumber();
        String nameAccession = headerAccession == null ? Accessions.fromSourceName(source) : null;
        String accession;
        AccessionSource accessionSource;
        if (headerAccession != null) {
            accession = headerAccession;
            accessionSource = AccessionSource.HEADER;
        } else if (nameAccession != null) {
            accession = nameAccession;
            accessionSource = AccessionSource.FILE_NAME;
        } else {
            accession = Accessions.fromHash(sha256);
            accessionSource = AccessionSource.CONTENT_HASH;
        }
        var period = Values.date(text(root, "periodOfReport"));
        return new OwnershipFiling(
                accession,
                accessionSource,
                HexFormat.of().formatHex(sha256),
                source,
                envelope,
                profile.formType(),
                profile.schemaVersion(),
                period != null || header == null ? period : header.periodOfReport(),
                header == null ? null : header.filedDate(),
                header == null ? null : header.acceptedAt(),
                Values.date(text(root, "dateOfOriginalSubmission")),
                Values.bool(text(root, "notSubjectToSection16")),
                Values.bool(text(root, "form3HoldingsReported")),
                Values.bool(text(root, "form4TransactionsReported")),
                Values.bool(text(root, "aff10b5One")),
                Values.bool(text(root, "noSecuritiesOwned")),
                remarks(child(root, "remarks")),
                OwnerReader.issuer(source, root),
                OwnerReader.owners(source, root, header),
                tables.nonDerivativeTransactions(),
                tables.derivativeTransactions(),
                tables.nonDerivativeHoldings(),
                tables.derivativeHoldings(),
                footnotes(child(root, "footnotes")),
                signatures(root),
                header);
    }

    /** All text, also inside any markup a filer put in the remarks. */
    private static @Nullable String remarks(@Nullable Element remarks) {
        return remarks == null ? null : Values.text(allText(remarks));
    }

    /** An element's text including any markup inside it; plain text, the usual case, is taken without copying. */
    private static String allText(Element element) {
        String text = element.getContentSize() == 1 && element.getContent(0) instanceof Text t
                ? t.getText()
                : element.getValue();
        return text.strip();
    }

    private static List<Footnote> footnotes(@Nullable Element footnotes) {
        var result = new ArrayList<Footnote>();
        for (Element footnote : Elements.children(footnotes, "footnote")) {
            String id = Values.text(footnote.getAttributeValue("id"));
            if (id != null) {
                result.add(new Footnote(id, allText(footnote)));
            }
        }
        return result;
    }

    private static List<Signature> signatures(Element root) {
        var result = new ArrayList<Signature>();
        for (Element signature : Elements.children(root, "ownerSignature")) {
            String name = text(signature, "signatureName");
            if (name != null) {
                result.add(new Signature(name, Values.date(text(signature, "signatureDate"))));
            }
        }
        return result;
    }

    /** A fresh digest per call, cloned: cheaper than a provider lookup, and a MessageDigest is not thread-safe. */
    private static byte[] sha256(byte[] content) {
        try {
            return ((MessageDigest) SHA256.clone()).digest(content);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest sha256Prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
