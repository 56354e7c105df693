package io.insidergraph.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

/**
 * Hostile variants of real filings: a corpus file with one piece of text replaced. The bases are copies of real
 * EDGAR filings in the test corpus (see {@code src/test/resources/SOURCES.md} and {@code corpus/MANIFEST.tsv}).
 */
final class Variants {

    /** Microsoft, Hogan Kathleen T, 2024-03-11, X0508: one sale, no footnotes (joeychilson/edgar-parser). */
    static final String FORM4 = "joeychilson__edgar-parser/form4.xml";
    /** PROMIS Neurosciences, Sclar trust, 2025-07-25, X0508: three sales, four warrant exercises, four footnotes. */
    static final String DERIVATIVES = "RxDataLab__go-edgar/promis_neuro_x_codes/input.xml";
    /** A Form 4/A of X0306, before aff10b5One existed, with dateOfOriginalSubmission (joeychilson/edgar_client). */
    static final String AMENDMENT = "joeychilson__edgar_client/form4a.xml";
    /** Unity Software, three owners, 2021-09-14, X0306: before aff10b5One existed (ConnorVO/springloading...). */
    static final String X0306_FORM4 = "ConnorVO__springloading_insider_trades/xml_2.xml";

    private Variants() {
    }

    static String text(String file) {
        return new String(Corpus.filing(file), StandardCharsets.UTF_8);
    }

    /** The file with the first occurrence of {@code from} replaced by {@code to}. */
    static byte[] replace(String file, String from, String to) {
        String text = text(file);
        int at = text.indexOf(from);
        assertThat(at).as("'%s' in %s", from, file).isNotNegative();
        return (text.substring(0, at) + to + text.substring(at + from.length())).getBytes(StandardCharsets.UTF_8);
    }

    /** The element {@code name}, the first of that name, with its whole content, as it stands in the file. */
    static String element(String file, String name) {
        String text = text(file);
        int start = text.indexOf("<" + name + ">");
        int end = text.indexOf("</" + name + ">", start);
        assertThat(start).as("<%s> in %s", name, file).isNotNegative();
        return text.substring(start, end + name.length() + 3);
    }
}
