package io.insidergraph.filing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BytesTests {

    private static final byte[] XML_END = Bytes.ascii("</XML>");

    @Test
    void findsAMarkerWhereverItIsAndOnlyInsideTheRange() {
        byte[] hay = Bytes.ascii("</XML></XM</XML>x</XML");

        assertThat(Bytes.indexOf(hay, XML_END, 0, hay.length)).isEqualTo(0);
        assertThat(Bytes.indexOf(hay, XML_END, 1, hay.length)).isEqualTo(10);
        assertThat(Bytes.indexOf(hay, XML_END, 11, hay.length)).isEqualTo(-1);
        assertThat(Bytes.indexOf(hay, XML_END, 1, 15)).as("match would end past the range").isEqualTo(-1);
        assertThat(Bytes.indexOf(Bytes.ascii("aaab"), Bytes.ascii("aab"), 0, 4)).isEqualTo(1);
        assertThat(Bytes.indexOf(Bytes.ascii("<<"), XML_END, 0, 2)).isEqualTo(-1);
    }
}
