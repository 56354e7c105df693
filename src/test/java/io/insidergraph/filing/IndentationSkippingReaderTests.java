package io.insidergraph.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IndentationSkippingReaderTests {

    /** Whatever buffer size the parser reads with, the text is the filing without whitespace between tags. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 64, 8192})
    void readsTheSeedWithoutIndentationInAnyBufferSize(int bufferSize) throws IOException {
        String seed = new String(Corpus.filing("seed/0001628280-25-025936.txt"), StandardCharsets.US_ASCII);
        String xml = seed.substring(seed.indexOf("<?xml"), seed.indexOf("</XML>")).strip();

        String read = readAll(IndentationSkippingReader.of(xml), bufferSize);

        assertThat(read).isEqualTo(xml.replaceAll(">[ \\t\\r\\n]+<", "><"));
        assertThat(read).contains("<value>Deferred Stock Units</value>")
                .contains("including  3,796 DSUs").doesNotContain(">\n");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 100})
    void leavesTextWithCdataAndWhitespaceInsideTextAsItIs(int bufferSize) throws IOException {
        String cdata = "<a>\n  <b><![CDATA[x>  <y]]></b>\n</a>";
        String text = "<a> x </a>  <b>y\n</b>\n";

        assertThat(readAll(IndentationSkippingReader.of(cdata), bufferSize)).isEqualTo(cdata);
        assertThat(readAll(IndentationSkippingReader.of(text), bufferSize)).isEqualTo("<a> x </a><b>y\n</b>\n");
    }

    private static String readAll(Reader reader, int bufferSize) throws IOException {
        var out = new StringBuilder();
        var buffer = new char[bufferSize];
        int n;
        while ((n = reader.read(buffer, 0, bufferSize)) >= 0) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }
}
