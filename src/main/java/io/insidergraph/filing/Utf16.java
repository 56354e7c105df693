package io.insidergraph.filing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * XML in UTF-16: legal XML, never disseminated by EDGAR, but what some Windows tools save. Recognised as the XML
 * specification's appendix F says, by its byte order mark, or without one by the two-byte {@code <?} of a
 * declaration that must then name the encoding; and turned into UTF-8, so that the envelope search, which looks for
 * ASCII markers in the bytes, and the parser read it like any other filing. Its declaration is rewritten to say
 * UTF-8, which the bytes then are.
 */
final class Utf16 {

    private static final Pattern DECLARED_ENCODING = Pattern.compile("(encoding\\s*=\\s*)([\"'])[^\"']*\\2");

    private Utf16() {
    }

    /** UTF-16BE or UTF-16LE when the bytes are UTF-16 XML, else null. */
    static @Nullable Charset detect(byte[] b) {
        if (b.length < 4) {
            return null;
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        int b2 = b[2] & 0xff;
        int b3 = b[3] & 0xff;
        if (b0 == 0xfe && b1 == 0xff) {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == 0xff && b1 == 0xfe && !(b2 == 0 && b3 == 0)) {
            return StandardCharsets.UTF_16LE;
        }
        if (b0 == 0 && b1 == '<' && b2 == 0 && b3 == '?') {
            return StandardCharsets.UTF_16BE;
        }
        if (b0 == '<' && b1 == 0 && b2 == '?' && b3 == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The same document in UTF-8, without its byte order mark, its declaration naming UTF-8. */
    static byte[] toUtf8(byte[] b, Charset charset) {
        String text = new String(b, charset);
        if (!text.isEmpty() && text.charAt(0) == '\ufeff') {
            text = text.substring(1);
        }
        if (text.startsWith("<?xml")) {
            int end = text.indexOf("?>");
            if (end > 0) {
                String declaration = DECLARED_ENCODING.matcher(text.substring(0, end)).replaceFirst("$1$2UTF-8$2");
                text = declaration + text.substring(end);
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
