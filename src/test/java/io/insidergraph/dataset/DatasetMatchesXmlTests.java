package io.insidergraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import io.insidergraph.filing.FilingParser;
import io.insidergraph.filing.OwnershipFiling;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of the eight corpus filings of 2024 Q3 read from the data set gives the record the XML parser gives from its
 * XML, component by component, except what only the XML has or the quarter lacks (listed in {@link #XML_ONLY}) and
 * the precision the data set's NUMBER(16,2) columns cut numbers to (so the XML's numbers are rounded to two decimals
 * before comparing: 224.048 there is 224.05 here).
 */
class DatasetMatchesXmlTests {

    /**
     * The XML's own: its bytes' hash and file name, envelope, accession source and schema version; and the filing
     * date, which a bare XML file does not state but the data set does. {@code aff10b5One}: 2024 Q3 has no such
     * column yet.
     */
    static final Set<String> XML_ONLY = Set.of("sha256", "source", "envelope", "accessionSource", "schemaVersion",
            "filedDate", "acceptedAt", "header", "aff10b5One");

    static final Map<String, String> XML = Map.of(
            "0001062993-24-014684", "000106299324014684/form4.xml",
            "0001062993-24-016335", "000106299324016335/form4.xml",
            "0001062993-24-016587", "000106299324016587/form4.xml",
            "0001321655-24-000181", "000132165524000181/wk-form4_1727395357.xml",
            "0001415889-24-019064", "000141588924019064/form4-07022024_090704.xml",
            "0001628280-24-030951", "000162828024030951/wk-form4_1719957769.xml",
            "0001628280-24-031146", "000162828024031146/wk-form4_1720039771.xml",
            "0001628280-24-038676", "000162828024038676/wk-form4_1724877016.xml");

    static final Path CORPUS = Path.of("src/test/resources/corpus/filings/john-friedman__datamule-python");

    @TempDir
    static Path temp;

    static Stream<String> accessions() {
        return XML.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("accessions")
    void theDataSetGivesTheRecordTheXmlGives(String accession) throws Exception {
        var file = CORPUS.resolve(XML.get(accession));
        var fromXml = new FilingParser().parse(file.toString(), Files.readAllBytes(file));
        var fromDataset = Datasets.read(temp, Datasets.corpusEight()).filings().get(accession);

        assertThat(fromXml.accessionNumber()).isEqualTo(accession);
        assertThat(comparable(fromDataset)).isEqualTo(comparable(fromXml));
        assertThat(fromDataset.filedDate()).isNotNull();
    }

    /** The record as text: every component but the XML's own, numbers at the data set's precision. */
    static String comparable(OwnershipFiling filing) {
        var text = new StringBuilder();
        for (var component : OwnershipFiling.class.getRecordComponents()) {
            if (!XML_ONLY.contains(component.getName())) {
                text.append(component.getName()).append('=');
                append(text, invoke(component, filing));
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Object value) {
        switch (value) {
            case null -> text.append("null");
            case BigDecimal number -> text.append(number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString());
            case List<?> list -> {
                text.append('[');
                list.forEach(element -> {
                    append(text, element);
                    text.append(", ");
                });
                text.append(']');
            }
            case Record record -> {
                text.append(record.getClass().getSimpleName()).append('(');
                for (var component : record.getClass().getRecordComponents()) {
                    text.append(component.getName()).append('=');
                    append(text, invoke(component, record));
                    text.append(' ');
                }
                text.append(')');
            }
            default -> text.append(value);
        }
    }

    private static Object invoke(java.lang.reflect.RecordComponent component, Object target) {
        try {
            return component.getAccessor().invoke(target);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
