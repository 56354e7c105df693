package io.insidergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.insidergraph.filing.FilingParseException;
import io.insidergraph.filing.FilingParser;
import io.insidergraph.graph.CopyConflict;
import io.insidergraph.graph.GraphWriter;
import io.insidergraph.neo4j.InsidergraphProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/** Ingests files, folders and archives into the graph, and reports what became of each input. */
@Service
@EnableConfigurationProperties(IngestSettings.class)
public class IngestService {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final GraphWriter writer;
    private final IngestSettings settings;
    private final Path defaultRejectsFile;
    private final FilingParser parser;
    private final IngestMeters meters;

    IngestService(GraphWriter writer, IngestSettings settings, InsidergraphProperties properties,
            IngestMeters meters) {
        this.writer = writer;
        this.meters = meters;
        this.settings = settings;
        this.defaultRejectsFile = properties.dataDir().resolve("rejects.tsv");
        this.parser = new FilingParser(settings.maxFileSize().toBytes());
    }

    /**
     * Ingests everything under the paths, showing progress on the console, and writes the rejects report to
     * {@code rejectsFile} (default: {@code rejects.tsv} in the data directory).
     */
    public IngestSummary ingest(List<Path> paths, @Nullable Path rejectsFile) throws InterruptedException {
        log.info("Ingesting {}", paths.size() <= 5 ? paths : paths.size() + " paths");
        var source = DocumentSource.of(paths, settings.maxFileSize().toBytes());
        return run(source, IngestProgress.forConsole(), rejectsFile == null ? defaultRejectsFile : rejectsFile);
    }

    /**
     * Parses one document held in memory and stores it (a no-op when its filing is already stored), for callers
     * that receive filings one at a time and answer within a time limit: once {@code deadline} has passed, the
     * caller has been told the request stopped, so the filing is not stored. A write already begun by then is
     * finished, as a write is never left half done.
     *
     * @throws FilingParseException when the document is not a readable ownership filing; nothing is written then
     * @throws DeadlinePassedException when the deadline passed before the write; nothing is written then
     */
    public Stored ingestDocument(String source, byte[] content, Instant deadline) throws FilingParseException {
        var filing = parser.parse(source, content);
        if (!Instant.now().isBefore(deadline)) {
            log.warn("{}: parsed {} after its request had timed out; not stored", source, filing.accessionNumber());
            throw new DeadlinePassedException(source + ": the request timed out before the filing "
                    + filing.accessionNumber() + " was stored; it was not stored");
        }
        var outcome = writer.write(List.of(filing));
        var conflict = outcome.conflicts().stream().findFirst().map(c -> RejectsReport.describe(c) + "; kept "
                + c.kept().source() + "; differences: " + c.describeDifferences()).orElse(null);
        meters.stored(outcome.written().isEmpty());
        return new Stored(filing.accessionNumber(), outcome.written().isEmpty(), conflict);
    }

    /** The request a document came with timed out before the document could be stored. */
    public static class DeadlinePassedException extends RuntimeException {

        DeadlinePassedException(String message) {
            super(message);
        }
    }

    /** A stored filing's accession number, and whether it had been stored before. */
    public record Stored(String accessionNumber, boolean alreadyStored, @Nullable String conflict) {
    }

    IngestSummary run(DocumentSource source, ProgressListener progress, Path rejectsFile) throws InterruptedException {
        IngestSummary summary;
        try (var report = RejectsReport.open(rejectsFile)) {
            summary = new IngestPipeline(parser, writer, settings, meters.counting(reportingTo(report, progress)))
                    .run(source);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot write the rejects report " + rejectsFile, ex);
        }
        if (!summary.rejects().isEmpty() || !summary.conflicts().isEmpty()) {
            log.warn("{} inputs rejected, {} conflicting copies; see {}", summary.rejected(),
                    summary.conflicts().size(), rejectsFile.toAbsolutePath());
        }
        return summary;
    }

    /** The progress listener that also appends each reject to the report as it happens. */
    private static ProgressListener reportingTo(RejectsReport report, ProgressListener progress) {
        return new ProgressListener() {
            @Override
            public void update(Snapshot snapshot) {
                progress.update(snapshot);
            }

            @Override
            public void rejected(Reject reject) {
                report.add(reject);
                progress.rejected(reject);
            }

            @Override
            public void conflict(CopyConflict conflict) {
                report.add(conflict);
                progress.conflict(conflict);
            }

            @Override
            public void finish(IngestSummary summary) {
                progress.finish(summary);
            }
        };
    }
}
