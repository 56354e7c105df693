package io.insidergraph.filing;

import java.nio.charset.StandardCharsets;

/**
 * ASCII searches over raw bytes. Envelopes and markers are plain ASCII, so scanning bytes avoids decoding whole
 * submissions into strings just to find where the XML starts.
 */
final class Bytes {

    private Bytes() {
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * First index of {@code needle} in {@code hay[from, to)}, or -1. Horspool's skip on the needle's last byte: the
     * markers searched for start with '<', the most common byte of XML, so checking the first byte would stop
     * everywhere.
     */
    static int indexOf(byte[] hay, byte[] needle, int from, int to) {
        int n = needle.length;
        byte lastByte = needle[n - 1];
        int i = Math.max(from, 0) + n - 1;
        while (i < to) {
            byte b = hay[i];
            if (b == lastByte && regionMatches(hay, i - n + 1, needle)) {
                return i - n + 1;
            }
            i += skip(needle, b);
        }
        return -1;
    }

    /** How far the window may move when its last byte is {@code b}: to the next occurrence of b in the needle. */
    private static int skip(byte[] needle, byte b) {
        int n = needle.length;
        for (int j = n - 2; j >= 0; j--) {
            if (needle[j] == b) {
                return n - 1 - j;
            }
        }
        return n;
    }

    static boolean regionMatches(byte[] hay, int at, byte[] needle) {
        if (at < 0 || at + needle.length > hay.length) {
            return false;
        }
        for (int j = 1; j < needle.length; j++) {
            if (hay[at + j] != needle[j]) {
                return false;
            }
        }
        return hay[at] == needle[0];
    }

    static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f';
    }

    static int skipWhitespace(byte[] b, int from, int to) {
        int i = from;
        while (i < to && isWhitespace(b[i])) {
            i++;
        }
        return i;
    }

    static int trimEnd(byte[] b, int from, int to) {
        int i = to;
        while (i > from && isWhitespace(b[i - 1])) {
            i--;
        }
        return i;
    }
}
