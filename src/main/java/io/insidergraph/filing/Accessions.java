package io.insidergraph.filing;

import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * Accession numbers in their dashed form {@code 0000899243-17-024441}: normalised from a header, found in a file or
 * folder name the way EDGAR and download tools lay files out ({@code 000089924317024441/doc4.xml},
 * {@code 0000899243-17-024441.txt}, {@code 000032012123000040_form4.xml}), or made up from the content hash. The
 * syntax: ten digits (the filer agent's CIK), two (the year), six (the sequence), dashes optional.
 */
final class Accessions {

    private Accessions() {
    }

    static @Nullable String normalise(@Nullable String raw) {
        String t = Values.text(raw);
        return t != null && matchAt(t, 0, t.length()) == t.length() ? dashed(t, 0, t.length()) : null;
    }

    /** Looks in the file name first, then in the name of the folder that holds it. */
    static @Nullable String fromSourceName(String source) {
        int end = source.length();
        for (int part = 0; part < 2 && end > 0; part++) {
            int start = Math.max(source.lastIndexOf('/', end - 1), source.lastIndexOf('\\', end - 1)) + 1;
            for (int i = start; i < end; i++) {
                if (isDigit(source, i) && !isDigit(source, i - 1)) {
                    int matchEnd = matchAt(source, i, end);
                    if (matchEnd > 0 && !(matchEnd < end && isDigit(source, matchEnd))) {
                        return dashed(source, i, matchEnd);
                    }
                }
            }
            end = start - 1;
        }
        return null;
    }

    static String fromHash(byte[] sha256) {
        return "hash-" + HexFormat.of().formatHex(sha256, 0, 8);
    }

    /** Index after an accession number starting at {@code from} within {@code end}, or -1. */
    private static int matchAt(String s, int from, int end) {
        int i = digits(s, from, end, 10);
        i = i < 0 ? -1 : digits(s, optionalDash(s, i, end), end, 2);
        return i < 0 ? -1 : digits(s, optionalDash(s, i, end), end, 6);
    }

    private static int digits(String s, int from, int end, int count) {
        if (from + count > end) {
            return -1;
        }
        for (int i = from; i < from + count; i++) {
            if (!isDigit(s, i)) {
                return -1;
            }
        }
        return from + count;
    }

    private static int optionalDash(String s, int at, int end) {
        return at < end && s.charAt(at) == '-' ? at + 1 : at;
    }

    private static boolean isDigit(String s, int i) {
        return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static String dashed(String s, int from, int to) {
        String digits = s.substring(from, to).replace("-", "");
        return digits.substring(0, 10) + "-" + digits.substring(10, 12) + "-" + digits.substring(12);
    }
}
