package io.insidergraph.ingest;

import static io.insidergraph.ingest.IngestFixture.CORPUS;
import static io.insidergraph.ingest.IngestFixture.AMENDMENT;
import static io.insidergraph.ingest.IngestFixture.SAMPLES;
import static io.insidergraph.ingest.IngestFixture.SEED;
import static io.insidergraph.ingest.IngestFixture.embeddedWriter;
import static io.insidergraph.ingest.IngestFixture.ingest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.insidergraph.filing.FilingParser;
import io.insidergraph.graph.GraphWriter;
import io.insidergraph.neo4j.InsidergraphProperties;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Every input ends ingested, skipped or rejected; a bad file or a killed run loses nothing else. */
class IngestResilienceIT extends IsolatedGraphTest {

    @TempDir
    Path temp;

    @Test
    void aRunThatStopsEarlyLeavesTheRejectsItHadFoundInTheReport() throws Exception {
        var bad = Files.createDirectories(temp.resolve("bad"));
        Files.write(bad.resolve("empty.xml"), new byte[0]);
        Files.writeString(bad.resolve("page.html"), "<html><body><p>Not a filing</p></body></html>");
        var batches = new AtomicInteger();
        GraphWriter dying = batch -> {
            if (batches.incrementAndGet() == 2) {
                throw new SimulatedKill();
            }
            return embeddedWriter(neo4j).write(batch);
        };
        var report = temp.resolve("rejects.tsv");

        // the bad files are read first, the corpus after them; the second batch of the corpus never commits
        assertThatThrownBy(() -> runWithReport(dying, 25, List.of(bad, CORPUS), report))
                .isInstanceOf(SimulatedKill.class);

        var lines = Files.readAllLines(report);
        assertThat(lines.getFirst()).isEqualTo(RejectsReport.HEADER);
        assertThat(lines.subList(1, lines.size())).extracting(line -> Path.of(line.split("\t")[0]).getFileName()
                .toString()).as("the corpus has bad files of its own too").contains("empty.xml", "page.html");
    }

    @Test
    void anErrorWhileReadingTheInputsEndsTheRunInsteadOfHangingIt() throws IOException {
        var error = new SimulatedKill();
        var seed = Files.readAllBytes(SEED);
        DocumentSource failing = visitor -> {
            visitor.document(new InputDocument(SEED.toString(), seed));
            throw error;
        };
        var pipeline = new IngestPipeline(new FilingParser(), embeddedWriter(neo4j), IngestFixture.settings(25),
                ProgressListener.NONE);

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(() -> pipeline.run(failing))
                .isSameAs(error));
        assertThat(neo4j.count("MATCH (f:Filing) RETURN count(f)")).as("what was read before is written").isEqualTo(1);
    }

    @Test
    void badFilesAreReportedAndEveryGoodFileIsIngested() throws Exception {
        var input = Files.createDirectories(temp.resolve("mixed"));
        for (var good : List.of(SEED, SAMPLES.resolve("0000899243-17-024441.xml"), AMENDMENT)) {
            Files.copy(good, input.resolve(good.getFileName()));
        }
        Files.copy(CORPUS.resolve("cjavdev__sec_edgar/filing16.txt"), input.resolve("truncated.txt"));
        Files.write(input.resolve("empty.xml"), new byte[0]);
        Files.write(input.resolve("binary.xml"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7, 9, 0, 0, 1});
        Files.writeString(input.resolve("page.html"), "<html><body><p>Not a filing</p></body></html>");
        Files.writeString(input.resolve("xxe.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE ownershipDocument [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <ownershipDocument><documentType>4</documentType><remarks>&x;</remarks></ownershipDocument>""");
        var rejects = temp.resolve("rejects.tsv");

        var summary = runWithReport(input, rejects);

        assertThat(summary.ingested()).isEqualTo(3);
        assertThat(summary.rejects()).extracting(r -> Path.of(r.source()).getFileName().toString())
                .containsExactlyInAnyOrder("truncated.txt", "empty.xml", "binary.xml", "page.html", "xxe.xml");
        assertThat(summary.exitCode()).isEqualTo(3);
        var report = Files.readAllLines(rejects);
        assertThat(report.getFirst()).isEqualTo("path\taccession\treason\tkind\tother\tdifferences");
        assertThat(report).hasSize(6);
        assertThat(report).anySatisfy(line -> assertThat(line).contains("xxe.xml").containsIgnoringCase("doctype"));
        assertThat(report).anySatisfy(line -> assertThat(line).contains("truncated.txt").contains("line 252"));
        assertThat(neo4j.count("MATCH (f:Filing) RETURN count(f)")).isEqualTo(3);
    }

    @Test
    void archivesAreReadAsStreamsWhateverTheirNames() throws Exception {
        var seed = Files.readAllBytes(SEED);
        var nc = Files.readAllBytes(CORPUS.resolve("dgunning__edgartools/0001127602-25-004598.nc"));
        var sgml = Files.readAllBytes(CORPUS.resolve("john-friedman__secsgml/000000248824000005.sgml"));
        var xml = Files.readAllBytes(SAMPLES.resolve("0000899243-17-024441.xml"));
        var amendment = Files.readAllBytes(AMENDMENT);

        // EDGAR's daily feed: a tar.gz of .nc submissions
        var feed = temp.resolve("20250515.nc.tar.gz");
        try (var out = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(feed)))) {
            addTar(out, "0001628280-25-025936.nc", seed);
            addTar(out, "0001127602-25-004598.nc", nc);
        }
        // a zip holding a folder laid out as EDGAR lays it out, and a nested tar
        var nestedTar = new ByteArrayOutputStream();
        try (var out = new TarArchiveOutputStream(nestedTar)) {
            addTar(out, "0000002488-24-000005.sgml", sgml);
        }
        var zip = temp.resolve("bundle.dat");
        try (var out = new ZipOutputStream(Files.newOutputStream(zip))) {
            addZip(out, "0000899243-17-024441/doc3.xml", xml);
            addZip(out, "nested.tar", nestedTar.toByteArray());
        }
        var gz = temp.resolve("amendment.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(amendment);
        }

        var summary = ingest(embeddedWriter(neo4j), 100, List.of(feed, zip, gz));

        assertThat(summary.rejects()).isEmpty();
        assertThat(summary.ingested()).isEqualTo(5);
        assertThat(neo4j.driver().executableQuery("MATCH (f:Filing) RETURN f.accessionNumber AS a, f.source AS s")
                .execute().records()).extracting(r -> r.get("a").asString() + " " + r.get("s").asString())
                .containsExactlyInAnyOrder(
                        "0001628280-25-025936 " + feed.toString().replace(".tar.gz", ".tar") + "!/0001628280-25-025936.nc",
                        "0001127602-25-004598 " + feed.toString().replace(".tar.gz", ".tar") + "!/0001127602-25-004598.nc",
                        "0000899243-17-024441 " + zip + "!/0000899243-17-024441/doc3.xml",
                        "0000002488-24-000005 " + zip + "!/nested.tar!/0000002488-24-000005.sgml",
                        "0000707549-25-000004 " + gz.toString().replace(".gz", ""));
    }

    /**
     * Issue 12: through ingestFiling, the client timed out at 30 s while the parse went on and stored the filing
     * later. The parse is now linear (a 10 MB hostile value is refused in well under a second, see
     * {@code SchemaBoundsTests}), and a document whose request has timed out by the time it is parsed is not
     * stored at all.
     */
    @Test
    void aDocumentWhoseRequestTimedOutIsNotStoredAfterwards() throws Exception {
        var service = new IngestService(embeddedWriter(neo4j), IngestFixture.settings(100),
                new InsidergraphProperties(temp, InsidergraphProperties.Embedded.openOnAnyPort("64m", "1g")),
                IngestFixture.meters());
        byte[] seed = Files.readAllBytes(IngestFixture.CORPUS.resolve("seed/0001628280-25-025936.txt"));

        assertThatExceptionOfType(IngestService.DeadlinePassedException.class)
                .isThrownBy(() -> service.ingestDocument("ingestFiling", seed, Instant.now()))
                .withMessage("ingestFiling: the request timed out before the filing 0001628280-25-025936 was"
                        + " stored; it was not stored");
        assertThat(neo4j.count("MATCH (f:Filing) RETURN count(f)")).isZero();

        var stored = service.ingestDocument("ingestFiling", seed, Instant.now().plus(Duration.ofMinutes(1)));

        assertThat(stored).isEqualTo(new IngestService.Stored("0001628280-25-025936", false, null));
        assertThat(neo4j.count("MATCH (f:Filing {accessionNumber: '0001628280-25-025936'}) RETURN count(f)"))
                .isOne();
    }

    private IngestSummary runWithReport(Path input, Path rejects) throws Exception {
        return runWithReport(embeddedWriter(neo4j), 100, List.of(input), rejects);
    }

    /** As the ingest command runs: the service writes the rejects report as the run goes. */
    private IngestSummary runWithReport(GraphWriter writer, int batchSize, List<Path> inputs, Path rejects)
            throws Exception {
        var service = new IngestService(writer, IngestFixture.settings(batchSize),
                new InsidergraphProperties(temp, InsidergraphProperties.Embedded.openOnAnyPort("64m", "1g")),
                IngestFixture.meters());
        return service.run(DocumentSource.of(inputs, DataSize.ofMegabytes(20).toBytes()), ProgressListener.NONE,
                rejects);
    }

    private static void addTar(TarArchiveOutputStream out, String name, byte[] content) throws IOException {
        var entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        out.putArchiveEntry(entry);
        out.write(content);
        out.closeArchiveEntry();
    }

    private static void addZip(ZipOutputStream out, String name, byte[] content) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static final class SimulatedKill extends Error {
        SimulatedKill() {
            super("simulated kill");
        }
    }
}
