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

    /** First index of {@code needle} in {@code hay[from, to)}, or -1. */
    static int indexOf(byte[] hay, byte[] needle, int from, int to) {
        byte first = needle[0];
        int last = to - needle.length;
        for (int i = Math.max(from, 0); i <= last; i++) {
            if (hay[i] == first && regionMatches(hay, i, needle)) {
                return i;
            }
        }
        return -1;
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
