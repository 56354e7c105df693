package io.insidergraph.filing;

import io.insidergraph.filing.FilingParseException.Reason;

/**
 * Finds, from the content alone, what wraps the ownership XML and where the XML and the submission header are.
 * Works on raw bytes with plain searches: the markers are ASCII and the XML is handed on as a slice, uncopied.
 */
final class EnvelopeDetector {

    private static final byte[] PEM = Bytes.ascii("-----BEGIN PRIVACY-ENHANCED MESSAGE-----");
    private static final byte[] SEC_DOCUMENT = Bytes.ascii("<SEC-DOCUMENT>");
    private static final byte[] SEC_HEADER = Bytes.ascii("<SEC-HEADER>");
    private static final byte[] SEC_HEADER_END = Bytes.ascii("</SEC-HEADER>");
    private static final byte[] SUBMISSION = Bytes.ascii("<SUBMISSION>");
    private static final byte[] DOCUMENT = Bytes.ascii("<DOCUMENT>");
    private static final byte[] XML = Bytes.ascii("<XML>");
    private static final byte[] XML_END = Bytes.ascii("</XML>");
    private static final byte[] ROOT = Bytes.ascii("<ownershipDocument");
    private static final byte[] ROOT_END = Bytes.ascii("</ownershipDocument>");
    private static final byte[] XML_DECLARATION = Bytes.ascii("<?xml");

    /**
     * Where things are in the content. {@code headerStart}/{@code headerEnd} bound the text of a submission header
     * (-1 when there is none); {@code xmlStart}/{@code xmlEnd} bound the ownership XML, whitespace trimmed.
     */
    record Located(Envelope envelope, int headerStart, int headerEnd, int xmlStart, int xmlEnd) {

        boolean hasHeader() {
            return headerStart >= 0;
        }
    }

    private EnvelopeDetector() {
    }

    static Located locate(String source, byte[] b) throws FilingParseException {
        int start = skipBom(b);
        start = Bytes.skipWhitespace(b, start, b.length);
        if (Bytes.regionMatches(b, start, PEM)) {
            return inSecDocument(source, b, Envelope.PRIVACY_ENHANCED_MESSAGE, start);
        }
        if (Bytes.regionMatches(b, start, SEC_DOCUMENT) || Bytes.regionMatches(b, start, SEC_HEADER)) {
            return inSecDocument(source, b, Envelope.SEC_DOCUMENT, start);
        }
        if (Bytes.regionMatches(b, start, SUBMISSION)) {
            int headerStart = start + SUBMISSION.length;
            int document = Bytes.indexOf(b, DOCUMENT, headerStart, b.length);
            int headerEnd = document < 0 ? b.length : document;
            return withXml(source, b, Envelope.NC_SUBMISSION, headerStart, headerEnd, headerEnd);
        }
        if (start < b.length && b[start] == '<') {
            if (Bytes.indexOf(b, ROOT, start, b.length) < 0) {
                throw notOwnership(source, "the XML has no ownershipDocument element");
            }
            return new Located(Envelope.BARE_XML, -1, -1, start, Bytes.trimEnd(b, start, b.length));
        }
        throw notOwnership(source, "neither XML nor an EDGAR submission (the content does not start with markup)");
    }

    private static Located inSecDocument(String source, byte[] b, Envelope envelope, int from)
            throws FilingParseException {
        int header = Bytes.indexOf(b, SEC_HEADER, from, b.length);
        if (header < 0) {
            return withXml(source, b, envelope, -1, -1, from);
        }
        int headerStart = header + SEC_HEADER.length;
        int headerEnd = Bytes.indexOf(b, SEC_HEADER_END, headerStart, b.length);
        if (headerEnd < 0) {
            int document = Bytes.indexOf(b, DOCUMENT, headerStart, b.length);
            headerEnd = document < 0 ? b.length : document;
        }
        return withXml(source, b, envelope, headerStart, headerEnd, headerEnd);
    }

    /**
     * A submission may hold several documents (the form, a power of attorney as EX-24, ...): take the first
     * {@code <XML>} block that holds an ownershipDocument. Without such a block, fall back to the ownershipDocument
     * element itself, wherever it is.
     */
    private static Located withXml(String source, byte[] b, Envelope envelope, int headerStart, int headerEnd,
            int from) throws FilingParseException {
        int pos = from;
        while (true) {
            int open = Bytes.indexOf(b, XML, pos, b.length);
            if (open < 0) {
                break;
            }
            int contentStart = open + XML.length;
            int close = Bytes.indexOf(b, XML_END, contentStart, b.length);
            int contentEnd = close < 0 ? b.length : close;
            if (Bytes.indexOf(b, ROOT, contentStart, contentEnd) >= 0) {
                int xmlStart = Bytes.skipWhitespace(b, contentStart, contentEnd);
                return new Located(envelope, headerStart, headerEnd, xmlStart, Bytes.trimEnd(b, xmlStart, contentEnd));
            }
            pos = contentEnd;
        }
        int root = Bytes.indexOf(b, ROOT, from, b.length);
        if (root < 0) {
            throw notOwnership(source, "the submission holds no ownership XML document");
        }
        int declaration = Bytes.indexOf(b, XML_DECLARATION, from, root);
        int xmlStart = declaration >= 0 ? declaration : root;
        int close = Bytes.indexOf(b, ROOT_END, root, b.length);
        int xmlEnd = close < 0 ? Bytes.trimEnd(b, root, b.length) : close + ROOT_END.length;
        return new Located(envelope, headerStart, headerEnd, xmlStart, xmlEnd);
    }

    private static int skipBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf ? 3 : 0;
    }

    private static FilingParseException notOwnership(String source, String detail) {
        return new FilingParseException(source, Reason.NOT_OWNERSHIP_DOCUMENT, detail);
    }
}
