package io.insidergraph.filing;

import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Accession numbers in their dashed form {@code 0000899243-17-024441}: normalised from a header, found in a file or
 * folder name the way EDGAR and download tools lay files out ({@code 000089924317024441/doc4.xml},
 * {@code 0000899243-17-024441.txt}, {@code 000032012123000040_form4.xml}), or made up from the content hash.
 */
final class Accessions {

    /** Ten digits (the filer agent's CIK), two (the year), six (the sequence); dashes optional. */
    private static final Pattern ACCESSION = Pattern.compile("(?<!\\d)(\\d{10})-?(\\d{2})-?(\\d{6})(?!\\d)");

    private Accessions() {
    }

    static @Nullable String normalise(@Nullable String raw) {
        String t = Values.text(raw);
        if (t == null) {
            return null;
        }
        Matcher m = ACCESSION.matcher(t);
        return m.matches() ? dashed(m) : null;
    }

    /** Looks in the file name first, then in the name of the folder that holds it. */
    static @Nullable String fromSourceName(String source) {
        int end = source.length();
        for (int part = 0; part < 2 && end > 0; part++) {
            int start = Math.max(source.lastIndexOf('/', end - 1), source.lastIndexOf('\\', end - 1)) + 1;
            Matcher m = ACCESSION.matcher(source).region(start, end);
            if (m.find()) {
                return dashed(m);
            }
            end = start - 1;
        }
        return null;
    }

    static String fromHash(byte[] sha256) {
        return "hash-" + HexFormat.of().formatHex(sha256, 0, 8);
    }

    private static String dashed(Matcher m) {
        return m.group(1) + "-" + m.group(2) + "-" + m.group(3);
    }
}
