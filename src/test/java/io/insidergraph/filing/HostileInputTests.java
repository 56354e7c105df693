package io.insidergraph.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.insidergraph.filing.FilingParseException.Reason;

/**
 * Every kind of bad input gets a {@link FilingParseException} that names the file and the reason, and nothing
 * outside the given bytes is ever read: no file, no URL.
 */
class HostileInputTests {

    private static final FilingParser PARSER = new FilingParser();
    private static final String SEED = "seed/0001628280-25-025936.txt";

    /** A minimal well-formed ownership document to wrap attacks around; {@code %s} goes into the remarks. */
    private static final String DOCUMENT = """
            <ownershipDocument>
              <schemaVersion>X0508</schemaVersion>
              <documentType>4</documentType>
              <periodOfReport>2025-05-14</periodOfReport>
              <issuer><issuerCik>0001043219</issuerCik></issuer>
              <reportingOwner><reportingOwnerId><rptOwnerCik>0001963683</rptOwnerCik></reportingOwnerId></reportingOwner>
              <remarks>%s</remarks>
            </ownershipDocument>
            """;

    @Test
    void notWellFormedXmlIsRejectedWithLineAndColumn() {
        String xml = "<ownershipDocument>\n  <documentType>4</documentType>\n  <issuer><issuerCik>1</issuer>\n"
                + "</ownershipDocument>\n";

        reject("bad.xml", xml.getBytes(StandardCharsets.US_ASCII), Reason.NOT_WELL_FORMED)
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(25);
                    assertThat(e.getMessage()).isEqualTo("bad.xml: not well formed at line 3, column 25: The element"
                            + " type \"issuerCik\" must be terminated by the matching end-tag \"</issuerCik>\".");
                });
    }

    /** The SEC's own v5.5 sample doc5a.xml has {@code <rptOwnerCounrty>I7</rptOwnerState>} (spec sample). */
    @Test
    void theMalformedSecSampleIsRejectedWhereItBreaks() {
        byte[] sample = Corpus.resource("spec-samples/v5-5-doc5a-malformed.xml");

        reject("doc5a.xml", sample, Reason.NOT_WELL_FORMED).satisfies(e -> {
            assertThat(e.line()).isEqualTo(50);
            assertThat(e.getMessage()).contains("rptOwnerCounrty");
        });
    }

    /** Cut just before {@code <footnotes>}: the XML ends after line 177, {@code </derivativeTable>}. */
    @Test
    void aSubmissionCutOffInsideTheXmlIsTruncated() {
        byte[] seed = Corpus.filing(SEED);
        String text = new String(seed, StandardCharsets.US_ASCII);
        byte[] cut = Arrays.copyOf(seed, text.indexOf("<footnotes>"));

        reject("cut.txt", cut, Reason.TRUNCATED).satisfies(e -> {
            assertThat(e.getMessage()).startsWith("cut.txt: truncated at line ");
            assertThat(e.line()).isEqualTo(177);
        });
    }

    @Test
    void bareXmlCutOffIsTruncated() {
        byte[] form = Corpus.filing("jadchaar__sec-edgar-downloader/aapl-4-20201013.xml");

        reject("aapl.xml", Arrays.copyOf(form, form.length / 2), Reason.TRUNCATED);
    }

    @Test
    void aPowerOfAttorneyIsNotAnOwnershipDocument() {
        String submission = new String(Corpus.filing("cjavdev__sec_edgar/filing12.txt"), StandardCharsets.US_ASCII);
        String ex24 = submission.substring(submission.indexOf("POWER OF ATTORNEY"), submission.indexOf("</TEXT>",
                submission.indexOf("<TYPE>EX-24")));

        reject("lund2.txt", ex24.getBytes(StandardCharsets.US_ASCII), Reason.NOT_OWNERSHIP_DOCUMENT)
                .withMessage("lund2.txt: not ownership document: neither XML nor an EDGAR submission"
                        + " (the content does not start with markup)");
    }

    @Test
    void aSubmissionOfAnotherFormIsNotAnOwnershipDocument() {
        String seed = new String(Corpus.filing(SEED), StandardCharsets.US_ASCII);
        String tenK = seed.substring(0, seed.indexOf("<DOCUMENT>"))
                + "<DOCUMENT>\n<TYPE>10-K\n<SEQUENCE>1\n<TEXT>\n<html><body><p>Annual report</p></body></html>\n"
                + "</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";

        reject("10k.txt", tenK.getBytes(StandardCharsets.US_ASCII), Reason.NOT_OWNERSHIP_DOCUMENT)
                .withMessage("10k.txt: not ownership document: the submission holds no ownership XML document");
    }

    @Test
    void anHtmlPageIsNotAnOwnershipDocument() {
        byte[] html = "<!DOCTYPE html>\n<html><head><title>Form 4</title></head><body>&nbsp;</body></html>"
                .getBytes(StandardCharsets.US_ASCII);

        reject("form4.html", html, Reason.NOT_OWNERSHIP_DOCUMENT)
                .withMessage("form4.html: not ownership document: the XML has no ownershipDocument element");
    }

    /** The SEC's EDGARLink submission format (spec sample filing4.xml) is XML, but not the disseminated form. */
    @Test
    void anEdgarLinkSubmissionIsNotAnOwnershipDocument() {
        reject("filing4.xml", Corpus.resource("spec-samples/edgarSubmission-filing4.xml"),
                Reason.NOT_OWNERSHIP_DOCUMENT);
    }

    @Test
    void anotherXmlRootIsNotAnOwnershipDocument() {
        byte[] xml = "<edgarSubmission><!-- <ownershipDocument> --><x/></edgarSubmission>"
                .getBytes(StandardCharsets.US_ASCII);

        reject("other.xml", xml, Reason.NOT_OWNERSHIP_DOCUMENT)
                .withMessage("other.xml: not ownership document: the XML root is <edgarSubmission>, not"
                        + " <ownershipDocument>");
    }

    @Test
    void emptyAndBlankFilesAreEmpty() {
        reject("empty.xml", new byte[0], Reason.EMPTY).withMessage("empty.xml: empty: the file holds no content");
        reject("blank.xml", " \r\n\t\n".getBytes(StandardCharsets.US_ASCII), Reason.EMPTY);
    }

    @Test
    void binaryFilesAreBinary() {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        bytes[10] = 0;
        reject("image.bin", bytes, Reason.BINARY).withMessageStartingWith("image.bin: binary: ");
        reject("scan.pdf", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), Reason.BINARY);
        reject("archive.xml", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, Reason.BINARY);
    }

    @Test
    void aGzippedBinaryIsBinaryAndCorruptGzipIsUnreadable() throws IOException {
        reject("x.gz", gzip(new byte[] {0, 1, 2, 3, 0, 0}), Reason.BINARY);
        byte[] corrupt = Arrays.copyOf(gzip(Corpus.filing(SEED)), 40);
        reject("seed.txt.gz", corrupt, Reason.UNREADABLE).withMessageStartingWith("seed.txt.gz: unreadable: corrupt"
                + " gzip data");
    }

    @Test
    void aDoctypeWithAnInternalEntityIsRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [\n  <!ENTITY who \"Laguerre Martin\">\n]>\n"
                + DOCUMENT.formatted("&who;");

        reject("internal.xml", xml.getBytes(StandardCharsets.US_ASCII), Reason.FORBIDDEN_DTD)
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("internal.xml: forbidden dtd at line 2, column ")
                            .contains("DOCTYPE is disallowed")
                            .doesNotContain("Laguerre");
                });
    }

    @Test
    void anExternalFileEntityIsRefusedAndTheFilesContentAppearsNowhere(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "MARKER-7f3a9c");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE ownershipDocument [\n  <!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">\n]>\n" + DOCUMENT.formatted("&xxe;");

        reject("xxe-file.xml", xml.getBytes(StandardCharsets.US_ASCII), Reason.FORBIDDEN_DTD)
                .satisfies(e -> assertThat(stackText(e)).doesNotContain("MARKER-7f3a9c"));
    }

    @Test
    @Timeout(10)
    void anExternalHttpEntityIsRefusedAndNoConnectionIsMade() throws IOException {
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/entity";
            String general = "<!DOCTYPE ownershipDocument [ <!ENTITY xxe SYSTEM \"" + url + "\"> ]>\n"
                    + DOCUMENT.formatted("&xxe;");
            String parameter = "<!DOCTYPE ownershipDocument [ <!ENTITY % remote SYSTEM \"" + url + "\"> %remote; ]>\n"
                    + DOCUMENT.formatted("x");
            String externalDtd = "<!DOCTYPE ownershipDocument SYSTEM \"" + url + "\">\n" + DOCUMENT.formatted("x");

            for (String xml : new String[] {general, parameter, externalDtd}) {
                reject("xxe-http.xml", xml.getBytes(StandardCharsets.US_ASCII), Reason.FORBIDDEN_DTD);
            }
            assertThatExceptionOfType(SocketTimeoutException.class).as("nothing connected to the local server")
                    .isThrownBy(server::accept);
        }
    }

    @Test
    @Timeout(10)
    void aBillionLaughsBombIsRefusedWithoutExpansion() {
        var dtd = new StringBuilder("<!DOCTYPE ownershipDocument [\n <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append(" <!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        String xml = dtd.append("]>\n").toString() + DOCUMENT.formatted("&lol9;");

        reject("lol.xml", xml.getBytes(StandardCharsets.US_ASCII), Reason.FORBIDDEN_DTD);
    }

    @Test
    void contentOverTheLimitIsTooLarge() throws IOException {
        var small = new FilingParser(4096);
        byte[] seed = Corpus.filing(SEED);

        assertThatExceptionOfType(FilingParseException.class).isThrownBy(() -> small.parse("seed.txt", seed))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .withMessage("seed.txt: too large: more than 4096 bytes");
        // a small gzip that inflates past the limit is stopped while inflating
        byte[] bomb = gzip(new byte[1_000_000]);
        assertThat(bomb.length).isLessThan(4096);
        assertThatExceptionOfType(FilingParseException.class).isThrownBy(() -> small.parse("bomb.gz", bomb))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void aFileOverTheLimitIsRejectedWhileReading(@TempDir Path dir) throws IOException {
        Path big = Files.write(dir.resolve("big.txt"), new byte[100_000]);

        assertThatExceptionOfType(FilingParseException.class).isThrownBy(() -> new FilingParser(10_000).parse(big))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.source()).isEqualTo(big.toString());
                })
                .withMessage(big + ": too large: more than 10000 bytes");
    }

    @Test
    void aMissingFileIsUnreadable(@TempDir Path dir) {
        Path missing = dir.resolve("missing.xml");

        assertThatExceptionOfType(FilingParseException.class).isThrownBy(() -> PARSER.parse(missing))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE))
                .withMessageStartingWith(missing + ": unreadable: ");
    }

    @Test
    void aDocumentWithoutAnIssuerCikMissesARequiredField() {
        String xml = DOCUMENT.formatted("x").replace("<issuerCik>0001043219</issuerCik>", "");

        reject("nocik.xml", xml.getBytes(StandardCharsets.US_ASCII), Reason.MISSING_REQUIRED_FIELD)
                .withMessage("nocik.xml: missing required field: no issuer/issuerCik");
    }

    @Test
    void aFormOtherThanThreeFourOrFiveIsNotAnOwnershipDocument() {
        String xml = DOCUMENT.formatted("x").replace("<documentType>4</documentType>",
                "<documentType>144</documentType>");

        reject("f144.xml", xml.getBytes(StandardCharsets.US_ASCII), Reason.NOT_OWNERSHIP_DOCUMENT)
                .withMessage("f144.xml: not ownership document: documentType 144 is not a Form 3, 4 or 5");
    }

    /**
     * Issue 12: UTF-16 with a byte order mark, legal XML, was rejected as "binary". A real Form 4 (Microsoft's,
     * with an accent added to the owner's name) in UTF-16, either byte order, reads as the UTF-8 original does; the
     * hash is of the bytes as given.
     */
    @Test
    void utf16WithAByteOrderMarkIsParsedNotCalledBinary() throws FilingParseException {
        String xml = Variants.text(Variants.FORM4).replace("Hogan Kathleen T", "Hogan Kathleen Tø");
        var original = PARSER.parse("form4.xml", xml.getBytes(StandardCharsets.UTF_8));

        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
            byte[] utf16 = ("\ufeff" + xml).getBytes(charset);
            var filing = PARSER.parse("form4-utf16.xml", utf16);

            assertThat(filing.reportingOwners().getFirst().name()).isEqualTo("Hogan Kathleen Tø");
            assertThat(filing.nonDerivativeTransactions()).isEqualTo(original.nonDerivativeTransactions());
            assertThat(filing.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(sha256(utf16)));
        }
    }

    /** Without a byte order mark, the declaration's {@code <?} tells UTF-16, and names the encoding. */
    @Test
    void utf16WithoutAByteOrderMarkButWithItsDeclarationIsParsed() throws FilingParseException {
        String xml = Variants.text(Variants.FORM4).replace("<?xml version=\"1.0\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-16\"?>");

        for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE}) {
            var filing = PARSER.parse("form4-utf16.xml", xml.getBytes(charset));

            assertThat(filing.reportingOwners().getFirst().name()).isEqualTo("Hogan Kathleen T");
            assertThat(filing.issuer().name()).isEqualTo("MICROSOFT CORP");
        }
    }

    private static ThrowableAssertAlternative<FilingParseException> reject(String source, byte[] content,
            Reason reason) {
        return assertThatExceptionOfType(FilingParseException.class)
                .isThrownBy(() -> PARSER.parse(source, content))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.source()).isEqualTo(source);
                    assertThat(e.getMessage()).startsWith(source + ": "
                            + reason.name().toLowerCase().replace('_', ' '));
                });
    }

    private static String stackText(Throwable e) {
        var out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }
}
