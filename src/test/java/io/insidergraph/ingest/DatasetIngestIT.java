package io.insidergraph.ingest;

import static io.insidergraph.ingest.IngestFixture.embeddedWriter;
import static io.insidergraph.ingest.IngestFixture.ingest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.insidergraph.neo4j.InsidergraphProperties;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Form 345 data sets through the whole ingest pipeline into the real engine: the same graph as the XML of the same
 * filings, recognised by content wherever they sit, and bad rows reported as any bad input is.
 */
class DatasetIngestIT extends IsolatedGraphTest {

    static final Path CORPUS_EIGHT = Path.of("src/test/resources/datasets/corpus-eight");
    static final Path PARTIAL_QUARTER = Path.of("src/test/resources/datasets/2024q3-partial.zip");
    static final Path XML = Path.of("src/test/resources/corpus/filings/john-friedman__datamule-python");
    static final List<String> EIGHT = List.of("000106299324014684", "000106299324016335", "000106299324016587",
            "000132165524000181", "000141588924019064", "000162828024030951", "000162828024031146",
            "000162828024038676");

    /**
     * Node and edge properties that only the XML copy has, or that follow from one: the file's hash, name, envelope,
     * accession source, schema version and header flag; {@code filedAt}, which the data set states and a bare XML
     * file does not, with the entities' recency keys derived from it; {@code aff10b5One}, which 2024 Q3's SUBMISSION
     * has no column for; a transaction's {@code value}, shares times price, which the XML's four-decimal prices make
     * differ beyond the two decimals of the data set's (checked on its own below).
     */
    static final Set<String> XML_ONLY = Set.of("sha256", "source", "envelope", "accessionSource", "schemaVersion",
            "hasHeader", "filedAt", "nameKey", "tickerKey", "headerKey", "aff10b5One", "value");

    @TempDir
    Path temp;

    @Test
    void theEightFilingsGiveTheGraphTheirXmlGivesFieldForField() throws Exception {
        var fromDataset = ingest(neo4j, CORPUS_EIGHT);
        var datasetGraph = comparableGraph();
        assertThat(neo4j.count("""
                MATCH (t:Transaction) WHERE abs(t.value - t.shares * t.pricePerShare) < 0.001
                RETURN count(t)""")).isEqualTo(neo4j.count(
                "MATCH (t:Transaction) WHERE t.shares IS NOT NULL AND t.pricePerShare IS NOT NULL RETURN count(t)"))
                .isEqualTo(12);
        var datasetFilings = neo4j.driver().executableQuery(
                "MATCH (f:Filing) RETURN f.envelope AS e, f.filedAt IS NOT NULL AS dated, count(*) AS n").execute()
                .records();
        neo4j.clear();
        var fromXml = ingest(neo4j, EIGHT.stream().map(XML::resolve).toArray(Path[]::new));

        assertThat(fromDataset.ingested()).isEqualTo(8);
        assertThat(fromDataset.rejects()).isEmpty();
        assertThat(fromXml.ingested()).isEqualTo(8);
        assertThat(datasetFilings).singleElement().satisfies(r -> {
            assertThat(r.get("e").asString()).isEqualTo("DATASET");
            assertThat(r.get("dated").asBoolean()).isTrue();
            assertThat(r.get("n").asLong()).isEqualTo(8);
        });
        var xmlGraph = comparableGraph();
        assertThat(datasetGraph).hasSize(xmlGraph.size());
        var onlyXml = new ArrayList<>(xmlGraph);
        onlyXml.removeAll(datasetGraph);
        assertThat(onlyXml).as("lines only the XML graph has").isEmpty();
        assertThat(datasetGraph).isEqualTo(xmlGraph);
        // the comparison covers the whole graph: 8 filings, their 5 people and companies, 34 rows, 32 footnotes
        assertThat(xmlGraph).filteredOn(line -> line.startsWith("node [Filing")).hasSize(8);
        assertThat(xmlGraph).filteredOn(line -> line.startsWith("node [Footnote")).hasSize(32);
        assertThat(xmlGraph).filteredOn(line -> line.startsWith("rel FOOTNOTE ")).hasSizeGreaterThan(40);
    }

    /**
     * Found when the data-set fetch met the samples: the SEC's tables round prices to two places (0.33 for the XML's
     * 0.3341) and 2024 Q3 has no AFF10B5ONE column, so the three samples among the eight were reported as
     * conflicting copies. A data-set copy that says the XML's values as far as the tables can is the same filing:
     * in either order the XML copy is kept and nothing is reported.
     */
    @Test
    void aDataSetCopyThatRoundsTheXmlsPricesOrLacksAColumnIsTheSameFilingInEitherOrder() throws Exception {
        var samples = Stream.of("0001062993-24-014684", "0001628280-24-030951", "0001628280-24-038676")
                .map(accession -> Path.of("samples/filings", accession + ".xml")).toArray(Path[]::new);

        var xmlFirst = ingest(neo4j, samples);
        var thenDataset = ingest(neo4j, CORPUS_EIGHT);
        var xmlFirstGraph = comparableGraph();
        neo4j.clear();
        var datasetFirst = ingest(neo4j, CORPUS_EIGHT);
        var thenXml = ingest(neo4j, samples);

        assertThat(xmlFirst.ingested()).isEqualTo(3);
        assertThat(thenDataset.ingested()).isEqualTo(5);
        assertThat(thenDataset.skipped()).isEqualTo(3);
        assertThat(thenDataset.conflicts()).isEmpty();
        assertThat(datasetFirst.ingested()).isEqualTo(8);
        assertThat(thenXml.replaced()).isEqualTo(3);
        assertThat(thenXml.conflicts()).isEmpty();
        assertThat(comparableGraph()).isEqualTo(xmlFirstGraph);
        assertThat(neo4j.count("MATCH (f:Filing {envelope: 'DATASET'}) RETURN count(f)")).isEqualTo(5);
        assertThat(neo4j.count("""
                MATCH (:Filing {accessionNumber: '0001628280-24-038676'})-[:REPORTS]->(t:Transaction)
                WHERE t.pricePerShare = 0.3341 RETURN count(t)""")).isEqualTo(1);
    }

    @Test
    void aDataSetZipIsFoundByItsContentInsideATarGzWithNoNameToGoBy() throws Exception {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            for (var table : Files.list(CORPUS_EIGHT).sorted().toList()) {
                out.putNextEntry(new ZipEntry("form345/" + table.getFileName().toString().replace(".tsv", "")));
                out.write(Files.readAllBytes(table));
            }
            out.putNextEntry(new ZipEntry("form345/FORM_345_metadata.json"));
            out.write("{\n\t\"@context\": \"http://www.w3.org/ns/csvw\",\n\t\"tables\": [{\"url\": \"SUBMISSION.tsv\","
                    .concat(" \"columns\": [{\"name\": \"ACCESSION_NUMBER\"}]}]\n}\n").getBytes(StandardCharsets.UTF_8));
        }
        var archive = temp.resolve("download");
        try (var tar = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(archive)))) {
            var entry = new TarArchiveEntry("quarters/2024q3");
            entry.setSize(zip.size());
            tar.putArchiveEntry(entry);
            tar.write(zip.toByteArray());
            tar.closeArchiveEntry();
        }

        var summary = ingest(neo4j, archive);

        assertThat(summary.rejects()).isEmpty();
        assertThat(summary.ingested()).isEqualTo(8);
        assertThat(neo4j.count("MATCH (f:Filing {envelope: 'DATASET'}) RETURN count(f)")).isEqualTo(8);
        assertThat(neo4j.driver().executableQuery("MATCH (f:Filing) RETURN DISTINCT f.source AS s").execute()
                .records()).singleElement().satisfies(r -> assertThat(r.get("s").asString())
                        .isEqualTo(archive + "!/quarters/2024q3!/form345"));
    }

    @Test
    void aQuarterWithBadRowsLoadsTheRestAndSaysWhichRowsInTheSummaryAndTheRejectsFile() throws Exception {
        var quarter = Files.createDirectories(temp.resolve("2024q3"));
        for (var table : Files.list(CORPUS_EIGHT).toList()) {
            Files.copy(table, quarter.resolve(table.getFileName()));
        }
        var transactions = quarter.resolve("NONDERIV_TRANS.tsv");
        Files.writeString(transactions, Files.readString(transactions).replaceFirst("06-AUG-2024", "06-AUX-2024"));
        var signatures = quarter.resolve("OWNER_SIGNATURE.tsv");
        Files.writeString(signatures, Files.readString(signatures) + "0009999999-24-000001\t/s/ Nobody\t01-JUL-2024\n");
        var rejects = temp.resolve("rejects.tsv");

        var summary = new IngestService(embeddedWriter(neo4j), IngestFixture.settings(100),
                new InsidergraphProperties(temp, InsidergraphProperties.Embedded.openOnAnyPort("64m", "1g")),
                IngestFixture.meters())
                .run(DocumentSource.of(List.of(quarter), DataSize.ofMegabytes(20).toBytes()), ProgressListener.NONE,
                        rejects);

        assertThat(summary.ingested()).isEqualTo(7);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(summary.describe()).startsWith("9 inputs: 7 ingested, 0 skipped (already stored), 2 rejected");
        assertThat(Files.readAllLines(rejects)).containsExactlyInAnyOrder(RejectsReport.HEADER,
                quarter + "\t0001062993-24-014684\tNONDERIV_TRANS.tsv line 2, column TRANS_DATE: '06-AUX-2024' is"
                        + " not a date (DD-MON-YYYY)\trejected\t\t",
                quarter + "\t0009999999-24-000001\tno SUBMISSION row for this accession, which has 1 row in"
                        + " OWNER_SIGNATURE.tsv (line 10)\trejected\t\t");
        assertThat(neo4j.count("MATCH (f:Filing) RETURN count(f)")).isEqualTo(7);
    }

    @Test
    void aDataSetZipCutShortLoadsNothingAndIsRejectedWhole() throws Exception {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            for (var table : Files.list(CORPUS_EIGHT).sorted().toList()) {
                out.putNextEntry(new ZipEntry(table.getFileName().toString()));
                out.write(Files.readAllBytes(table));
            }
        }
        var whole = zip.toByteArray();
        var cut = temp.resolve("2024q3_form345.zip");
        // cut in the middle of the last table: every filing's rows are incomplete, none may be stored half-filled
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 1200));

        var summary = ingest(neo4j, cut);

        assertThat(summary.ingested()).isZero();
        assertThat(summary.rejects()).singleElement().satisfies(reject -> {
            assertThat(reject.source()).isEqualTo(cut.toString());
            assertThat(reject.accessionNumber()).isNull();
        });
        assertThat(neo4j.count("MATCH (n) RETURN count(n)")).isZero();
    }

    @Test
    void thePartialRealQuarterLoadsNothingAndSaysWhichTablesItLacks() throws Exception {
        var summary = ingest(neo4j, PARTIAL_QUARTER);

        assertThat(summary.ingested()).isZero();
        assertThat(summary.rejected()).isEqualTo(36_075);
        assertThat(summary.rejects()).allSatisfy(reject -> {
            assertThat(reject.source()).isEqualTo(PARTIAL_QUARTER.toString());
            assertThat(reject.accessionNumber()).matches("\\d{10}-\\d{2}-\\d{6}");
            assertThat(reject.reason()).startsWith("the data set lacks the tables REPORTINGOWNER, NONDERIV_TRANS,"
                    + " FOOTNOTES");
        });
        assertThat(neo4j.count("MATCH (n) RETURN count(n)")).isZero();
    }

    @Test
    void reingestingTheDataSetChangesNothing() throws Exception {
        ingest(neo4j, CORPUS_EIGHT);
        var first = neo4j.dump();

        var again = ingest(neo4j, CORPUS_EIGHT);

        assertThat(again.skipped()).isEqualTo(8);
        assertThat(neo4j.dump()).isEqualTo(first);
    }

    /** The graph as sorted lines without what only the XML has, floats at the data set's two decimals. */
    private static List<String> comparableGraph() {
        var lines = new ArrayList<String>();
        neo4j.driver().executableQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p").execute()
                .records().forEach(r -> lines.add("node " + r.get("labels").asList(org.neo4j.driver.Value::asString).stream().sorted()
                        .toList() + " " + comparable(r.get("p").asMap())));
        neo4j.driver().executableQuery("""
                MATCH (a)-[r]->(b)
                RETURN type(r) AS type, coalesce(a.cik, a.accessionNumber, a.id) AS from,
                       coalesce(b.cik, b.accessionNumber, b.id) AS to, properties(r) AS p""").execute().records()
                .forEach(r -> lines.add("rel " + r.get("type").asString() + " " + r.get("from").asString() + " -> "
                        + r.get("to").asString() + " " + comparable(r.get("p").asMap())));
        lines.sort(null);
        return lines;
    }

    private static String comparable(Map<String, Object> properties) {
        var kept = new TreeMap<String, Object>();
        properties.forEach((key, value) -> {
            if (!XML_ONLY.contains(key)) {
                kept.put(key, value instanceof Double d ? BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString() + " (float)" : value + " (" + typeOf(value) + ")");
            }
        });
        return kept.toString();
    }

    private static String typeOf(Object value) {
        return value instanceof List<?> ? "list" : value.getClass().getSimpleName();
    }
}
