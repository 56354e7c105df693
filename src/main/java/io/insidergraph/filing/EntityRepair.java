package io.insidergraph.filing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Makes the stray ampersands of hand-made filings well-formed before parsing, without resolving anything. A
 * {@code &} that starts a character reference or one of XML's five predefined entities is left alone; a common
 * HTML entity such as {@code &nbsp;} becomes the equivalent character reference; any other {@code &} (a bare
 * "AT&T", an unknown {@code &foo;}) is escaped to {@code &amp;}, so the text reads as the filer typed it. CDATA
 * sections and comments are left untouched. Only documents the parser has rejected for an entity error get here;
 * DOCTYPE-declared entities never do, as a DOCTYPE is refused outright. Columns reported for XML errors on a
 * repaired line shift by the characters inserted before them.
 */
final class EntityRepair {

    private static final Map<String, Integer> HTML_ENTITIES = Map.ofEntries(
            Map.entry("nbsp", 160), Map.entry("iexcl", 161), Map.entry("cent", 162), Map.entry("pound", 163),
            Map.entry("yen", 165), Map.entry("sect", 167), Map.entry("copy", 169), Map.entry("laquo", 171),
            Map.entry("reg", 174), Map.entry("deg", 176), Map.entry("plusmn", 177), Map.entry("para", 182),
            Map.entry("middot", 183), Map.entry("raquo", 187), Map.entry("frac14", 188), Map.entry("frac12", 189),
            Map.entry("frac34", 190), Map.entry("eacute", 233), Map.entry("egrave", 232), Map.entry("uuml", 252),
            Map.entry("ouml", 246), Map.entry("auml", 228), Map.entry("ndash", 8211), Map.entry("mdash", 8212),
            Map.entry("lsquo", 8216), Map.entry("rsquo", 8217), Map.entry("ldquo", 8220), Map.entry("rdquo", 8221),
            Map.entry("bull", 8226), Map.entry("hellip", 8230), Map.entry("euro", 8364), Map.entry("trade", 8482));

    private static final byte[] CDATA = Bytes.ascii("<![CDATA[");
    private static final byte[] CDATA_END = Bytes.ascii("]]>");
    private static final byte[] COMMENT = Bytes.ascii("<!--");
    private static final byte[] COMMENT_END = Bytes.ascii("-->");
    private static final byte[] AMP = Bytes.ascii("&amp;");
    private static final int MAX_NAME = 32;

    private EntityRepair() {
    }

    /** The repaired bytes of {@code b[from, to)}, or null when nothing needs repair (the common case). */
    static byte @Nullable [] repair(byte[] b, int from, int to) {
        ByteArrayOutputStream out = null;
        int copied = from;
        int i = from;
        while (i < to) {
            byte c = b[i];
            if (c == '<') {
                i = skipOpaque(b, i, to);
                continue;
            }
            if (c != '&') {
                i++;
                continue;
            }
            int end = referenceEnd(b, i, to);
            byte[] replacement = end > 0 ? replacementFor(b, i, end) : AMP;
            if (replacement == null) {
                i = end;
                continue;
            }
            if (out == null) {
                out = new ByteArrayOutputStream(to - from + 64);
            }
            out.write(b, copied, i - copied);
            out.writeBytes(replacement);
            i = replacement == AMP ? i + 1 : end;
            copied = i;
        }
        if (out == null) {
            return null;
        }
        out.write(b, copied, to - copied);
        return out.toByteArray();
    }

    private static int skipOpaque(byte[] b, int i, int to) {
        if (Bytes.regionMatches(b, i, CDATA)) {
            int end = Bytes.indexOf(b, CDATA_END, i, to);
            return end < 0 ? to : end + CDATA_END.length;
        }
        if (Bytes.regionMatches(b, i, COMMENT)) {
            int end = Bytes.indexOf(b, COMMENT_END, i + COMMENT.length, to);
            return end < 0 ? to : end + COMMENT_END.length;
        }
        return i + 1;
    }

    /** Index after the {@code ;} of {@code &name;}, {@code &#123;} or {@code &#x1F;} starting at {@code amp}, or -1. */
    private static int referenceEnd(byte[] b, int amp, int to) {
        int i = amp + 1;
        boolean numeric = i < to && b[i] == '#';
        boolean hex = numeric && i + 1 < to && (b[i + 1] == 'x' || b[i + 1] == 'X');
        int start = numeric ? i + (hex ? 2 : 1) : i;
        int j = start;
        while (j < to && j - start <= MAX_NAME && isReferenceChar(b[j], numeric, hex)) {
            j++;
        }
        if (j == start || j >= to || b[j] != ';' || (!numeric && !isLetter(b[start]))) {
            return -1;
        }
        return j + 1;
    }

    private static boolean isReferenceChar(byte c, boolean numeric, boolean hex) {
        boolean digit = c >= '0' && c <= '9';
        if (!numeric) {
            return digit || isLetter(c);
        }
        return digit || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
    }

    private static boolean isLetter(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Null when the reference is fine as it is. */
    private static byte @Nullable [] replacementFor(byte[] b, int amp, int end) {
        if (b[amp + 1] == '#') {
            return null;
        }
        String name = new String(b, amp + 1, end - amp - 2, StandardCharsets.US_ASCII);
        return switch (name) {
            case "amp", "lt", "gt", "quot", "apos" -> null;
            default -> {
                Integer code = HTML_ENTITIES.get(name);
                yield code == null ? AMP : Bytes.ascii("&#" + code + ";");
            }
        };
    }
}
