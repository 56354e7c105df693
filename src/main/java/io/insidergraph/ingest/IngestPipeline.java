package io.insidergraph.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.insidergraph.dataset.DatasetFiling;
import io.insidergraph.filing.FilingParseException;
import io.insidergraph.filing.FilingParser;
import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.graph.CopyConflict;
import io.insidergraph.graph.GraphStoreUnavailableException;
import io.insidergraph.graph.GraphWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest run. A reader thread walks the inputs; parser threads turn documents into filings (filings of a Form 345
 * data set arrive already assembled and skip them); the calling thread writes them in batches. Documents hold permits of a memory budget from the moment they are read until their
 * filing is written (or rejected), so the reader waits whenever the writer falls behind, whatever the input size.
 * A batch the database refuses is split in halves and retried until the filing at fault stands alone and is
 * rejected with the database's error. Each reject, and each conflict between two copies of one filing, is told
 * to the progress listener as it happens (the rejects report is written as the run goes, so a run that stops
 * early keeps what it found). What ends a run early: a
 * database that cannot take writes any more ({@link GraphStoreUnavailableException}), a failure to read the
 * inputs, or an {@code Error} such as running out of memory in a parser thread; each is thrown from {@link #run}
 * once the writing thread has seen it, never left to hang the run.
 */
final class IngestPipeline {

    private static final Logger log = LoggerFactory.getLogger(IngestPipeline.class);
    private static final Duration IDLE_FLUSH = Duration.ofMillis(250);

    private sealed interface Result permits Parsed, Rejected, Failed, End {
    }

    /** {@code position}: how far into the input (bytes, as the source counts them) its document ended. */
    private record Parsed(OwnershipFiling filing, int permits, long position) implements Result {
    }

    private record Rejected(Reject reject, int permits, long position) implements Result {
    }

    /** A parser thread met an error it cannot turn into a reject (out of memory, say): the run stops. */
    private record Failed(String source, Error error) implements Result {
    }

    private record End(long submitted) implements Result {
    }

    private final FilingParser parser;
    private final GraphWriter writer;
    private final IngestSettings settings;
    private final ProgressListener progress;

    IngestPipeline(FilingParser parser, GraphWriter writer, IngestSettings settings, ProgressListener progress) {
        this.parser = parser;
        this.writer = writer;
        this.settings = settings;
        this.progress = progress;
    }

    IngestSummary run(DocumentSource source) throws InterruptedException {
        var run = new Run(source);
        try {
            return run.execute();
        }
        finally {
            run.stop();
        }
    }

    private final class Run {

        private final DocumentSource source;
        private final long started = System.nanoTime();
        private final BlockingQueue<Result> results = new LinkedBlockingQueue<>();
        private final int budgetKb = (int) Math.max(1, settings.memoryBudget().toKilobytes());
        private final Semaphore memory = new Semaphore(budgetKb);
        private final AtomicReference<Throwable> feedFailure = new AtomicReference<>();
        private final ExecutorService parsers;
        private final Thread reader;
        private final List<Parsed> batch = new ArrayList<>();
        private final List<Reject> rejects = new ArrayList<>();
        private final List<CopyConflict> conflicts = new ArrayList<>();
        private long ingested;
        private long skipped;
        private long lost;
        private long replaced;
        /** Inputs parsed or rejected so far, and how far into the input the furthest of them ended. */
        private long read;
        private long position;

        Run(DocumentSource source) {
            this.source = source;
            var parserNumber = new AtomicInteger();
            this.parsers = Executors.newFixedThreadPool(settings.effectiveParserThreads(),
                    task -> Thread.ofPlatform().daemon().name("ingest-parser-" + parserNumber.incrementAndGet())
                            .unstarted(task));
            this.reader = Thread.ofPlatform().daemon().name("ingest-reader").unstarted(this::feed);
        }

        IngestSummary execute() throws InterruptedException {
            reader.start();
            long processed = 0;
            long expected = Long.MAX_VALUE;
            while (processed < expected) {
                var result = results.poll(IDLE_FLUSH.toMillis(), TimeUnit.MILLISECONDS);
                if (result == null) {
                    flush();
                }
                else if (result instanceof End end) {
                    expected = end.submitted();
                }
                else {
                    processed++;
                    if (result instanceof Rejected rejected) {
                        reject(rejected.reject());
                        memory.release(rejected.permits());
                        read(rejected.position());
                    }
                    else if (result instanceof Failed failed) {
                        log.error("Ingest stopped: the parser failed on {}", failed.source(), failed.error());
                        throw failed.error();
                    }
                    else if (result instanceof Parsed parsed) {
                        read(parsed.position());
                        batch.add(parsed);
                        if (batch.size() >= settings.batchSize()) {
                            flush();
                        }
                    }
                }
                progress.update(snapshot());
            }
            flush();
            // the reader stores only these two kinds
            if (feedFailure.get() instanceof RuntimeException ex) {
                throw ex;
            }
            if (feedFailure.get() instanceof Error error) {
                throw error;
            }
            var summary = new IngestSummary(ingested, skipped, rejects, replaced, conflicts, lost, elapsed());
            progress.finish(summary);
            return summary;
        }

        void stop() {
            reader.interrupt();
            parsers.shutdownNow();
        }

        private void feed() {
            var submitted = new AtomicLong();
            try {
                source.feed(new InputWalker.Visitor() {
                    @Override
                    public void document(InputDocument document) throws InterruptedException {
                        int permits = (int) Math.min(budgetKb, document.content().length / 1024 + 1);
                        long position = source.bytesRead();
                        memory.acquire(permits);
                        submitted.incrementAndGet();
                        parsers.execute(() -> results.add(parse(document, permits, position)));
                    }

                    @Override
                    public void unreadable(String unreadable, String reason) {
                        submitted.incrementAndGet();
                        results.add(new Rejected(new Reject(unreadable, null, reason), 0, source.bytesRead()));
                    }

                    @Override
                    public void filing(DatasetFiling filing) throws InterruptedException {
                        int permits = (int) Math.min(budgetKb, filing.estimatedBytes() / 1024 + 1);
                        memory.acquire(permits);
                        submitted.incrementAndGet();
                        results.add(new Parsed(filing.filing(), permits, source.bytesRead()));
                    }

                    @Override
                    public void rejected(Reject reject) {
                        submitted.incrementAndGet();
                        results.add(new Rejected(reject, 0, source.bytesRead()));
                    }
                });
            }
            catch (InterruptedException ex) {
                // the run is being stopped
                Thread.currentThread().interrupt();
                return;
            }
            catch (RuntimeException | Error ex) {
                feedFailure.set(ex);
            }
            results.add(new End(submitted.get()));
        }

        /** Whatever happens, one result for the document: nothing thrown may vanish in the parser pool. */
        private Result parse(InputDocument document, int permits, long position) {
            try {
                return new Parsed(parser.parse(document.source(), document.content()), permits, position);
            }
            catch (FilingParseException ex) {
                return new Rejected(new Reject(document.source(), null, reason(ex)), permits, position);
            }
            catch (RuntimeException ex) {
                log.warn("Parser failed on {}", document.source(), ex);
                return new Rejected(new Reject(document.source(), null, "parser error: " + ex), permits, position);
            }
            catch (StackOverflowError ex) {
                return new Rejected(new Reject(document.source(), null, "parser error: nested too deeply ("
                        + ex + ")"), permits, position);
            }
            catch (Error ex) {
                return new Failed(document.source(), ex);
            }
        }

        private void flush() {
            if (batch.isEmpty()) {
                return;
            }
            var toWrite = List.copyOf(batch);
            batch.clear();
            writeIsolating(toWrite);
            toWrite.forEach(parsed -> memory.release(parsed.permits()));
        }

        private void writeIsolating(List<Parsed> parsed) {
            try {
                var outcome = writer.write(parsed.stream().map(Parsed::filing).toList());
                ingested += outcome.written().size();
                skipped += outcome.skipped().size();
                lost += outcome.lost().size();
                replaced += outcome.replaced().size();
                for (var conflict : outcome.conflicts()) {
                    conflicts.add(conflict);
                    progress.conflict(conflict);
                }
            }
            catch (GraphStoreUnavailableException ex) {
                throw ex;
            }
            catch (RuntimeException ex) {
                if (parsed.size() == 1) {
                    var filing = parsed.getFirst().filing();
                    log.debug("Database refused {}", filing.source(), ex);
                    reject(new Reject(filing.source(), filing.accessionNumber(), "database: " + ex.getMessage()));
                    return;
                }
                int half = parsed.size() / 2;
                writeIsolating(parsed.subList(0, half));
                writeIsolating(parsed.subList(half, parsed.size()));
            }
        }

        private void reject(Reject reject) {
            rejects.add(reject);
            progress.rejected(reject);
        }

        /** Progress moves per input parsed (the reader runs ahead by up to the memory budget; writes by batch). */
        private void read(long endsAt) {
            read++;
            position = Math.max(position, endsAt);
        }

        private ProgressListener.Snapshot snapshot() {
            // a copy not stored for a conflict shows as skipped while the run goes; the summary tells them apart
            return new ProgressListener.Snapshot(read, ingested, skipped + lost, rejects.size(), position,
                    source.totalBytes(), elapsed());
        }

        private Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }

    /** The parser's message without the file name, which the reject already carries. */
    private static String reason(FilingParseException ex) {
        var message = ex.getMessage();
        var prefix = ex.source() + ": ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : String.valueOf(message);
    }
}
