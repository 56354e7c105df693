package io.insidergraph.filing;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Decodes the bytes of an XML document to text before parsing. The JDK's string decoders are much faster than the
 * XML parser's own byte readers, so the parser gets a character stream; the encoding it would have chosen is
 * honoured here instead: the one the XML declaration names, else UTF-8. Older filings sometimes hold Windows-1252
 * text (a name with an accent) in XML that declares no encoding; bytes that are not valid UTF-8 are read as
 * Windows-1252, EDGAR's usual single-byte charset, instead of losing the filing.
 */
final class XmlText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] DECLARATION = Bytes.ascii("<?xml");
    private static final byte[] ENCODING = Bytes.ascii("encoding");
    private static final byte[] DECLARATION_END = Bytes.ascii("?>");
    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    private static final byte[] REPLACEMENT_UTF8 = {(byte) 0xef, (byte) 0xbf, (byte) 0xbd};

    private XmlText() {
    }

    /** The text of {@code b[offset, offset + length)}, or null when its declared encoding is unknown to the JDK. */
    static @Nullable String decode(byte[] b, int offset, int length) {
        if (Bytes.regionMatches(b, offset, BOM)) {
            return decode(b, offset + BOM.length, length - BOM.length);
        }
        Charset declared = declaredCharset(b, offset, length);
        if (declared == null) {
            return null;
        }
        if (!declared.equals(StandardCharsets.UTF_8)) {
            return new String(b, offset, length, declared);
        }
        String text = new String(b, offset, length, StandardCharsets.UTF_8);
        // a replacement character the bytes do not spell out means they were not UTF-8
        if (text.indexOf('\ufffd') >= 0 && Bytes.indexOf(b, REPLACEMENT_UTF8, offset, offset + length) < 0) {
            return new String(b, offset, length, WINDOWS_1252);
        }
        return text;
    }

    private static @Nullable Charset declaredCharset(byte[] b, int offset, int length) {
        int end = offset + length;
        if (!Bytes.regionMatches(b, offset, DECLARATION)) {
            return StandardCharsets.UTF_8;
        }
        int close = Bytes.indexOf(b, DECLARATION_END, offset, Math.min(end, offset + 512));
        int at = close < 0 ? -1 : Bytes.indexOf(b, ENCODING, offset, close);
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        int quote = at + ENCODING.length;
        while (quote < close && b[quote] != '"' && b[quote] != '\'') {
            quote++;
        }
        int nameEnd = quote + 1;
        while (nameEnd < close && b[nameEnd] != b[quote]) {
            nameEnd++;
        }
        if (quote >= close || nameEnd >= close) {
            return StandardCharsets.UTF_8;
        }
        String name = new String(b, quote + 1, nameEnd - quote - 1, StandardCharsets.US_ASCII).strip()
                .toUpperCase(Locale.ROOT);
        if (name.equals("UTF-8") || name.equals("UTF8") || name.equals("US-ASCII") || name.equals("ASCII")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }
}
