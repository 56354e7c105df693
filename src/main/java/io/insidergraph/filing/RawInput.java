package io.insidergraph.filing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

import io.insidergraph.filing.FilingParseException.Reason;

/**
 * Turns what was read into the plain bytes of a filing: enforces the size limit while reading, unwraps gzip
 * (recognised by its magic bytes, never by the file name) and refuses empty and binary content.
 */
final class RawInput {

    private static final int SNIFF_BYTES = 1024;
    private static final List<byte[]> BINARY_MAGIC = List.of(
            Bytes.ascii("%PDF"), new byte[] {'P', 'K', 3, 4}, new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            Bytes.ascii("GIF8"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private RawInput() {
    }

    /** Reads at most {@code maxBytes}; one byte more means the input is too large, and reading stops there. */
    static byte[] readBounded(String source, InputStream in, long maxBytes) throws IOException, FilingParseException {
        var out = new ByteArrayOutputStream(8192);
        var buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(source, maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static byte[] unwrap(String source, byte[] content, long maxBytes) throws FilingParseException {
        if (content.length > maxBytes) {
            throw tooLarge(source, maxBytes);
        }
        byte[] plain = isGzip(content) ? gunzip(source, content, maxBytes) : content;
        if (Bytes.skipWhitespace(plain, 0, plain.length) == plain.length) {
            throw new FilingParseException(source, Reason.EMPTY, "the file holds no content");
        }
        if (Utf16.detect(plain) == null && looksBinary(plain)) {
            throw new FilingParseException(source, Reason.BINARY,
                    "the content is binary (control bytes in the first " + SNIFF_BYTES + " bytes), not text");
        }
        return plain;
    }

    static boolean isGzip(byte[] content) {
        return content.length >= 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b;
    }

    /** The decompressed size counts against the same limit, so a small gzip bomb cannot exhaust memory. */
    private static byte[] gunzip(String source, byte[] content, long maxBytes) throws FilingParseException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            return readBounded(source, in, maxBytes);
        } catch (IOException e) {
            throw new FilingParseException(source, Reason.UNREADABLE, "corrupt gzip data: " + e.getMessage(), -1,
                    -1, e);
        }
    }

    /**
     * Text filings are ASCII or UTF-8: the magic number of a PDF, zip or image file, or a NUL or a run of other C0
     * control bytes early on, means a binary file. UTF-16 XML, whose every other byte of ASCII text is a NUL, is
     * recognised before ({@link Utf16}) and not taken for binary.
     */
    private static boolean looksBinary(byte[] b) {
        for (byte[] magic : BINARY_MAGIC) {
            if (Bytes.regionMatches(b, 0, magic)) {
                return true;
            }
        }
        int end = Math.min(b.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < end; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 20 > end;
    }

    private static FilingParseException tooLarge(String source, long maxBytes) {
        return new FilingParseException(source, Reason.TOO_LARGE, "more than " + maxBytes + " bytes");
    }
}
