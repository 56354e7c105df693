package io.insidergraph.ingest;

import java.util.function.Consumer;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a run's progress with the progressbar library: on a terminal a bar redrawn in place four times a second,
 * otherwise (a pipe, a log file, CI) the same line logged every ten seconds. The bar moves with every input read
 * (parsed or rejected), measured by how far into the input it reaches, and says what is stored alongside, which
 * moves as each batch commits; then the summary.
 */
final class IngestProgress implements ProgressListener {

    private static final Logger log = LoggerFactory.getLogger(IngestProgress.class);

    private final boolean interactive;
    private final ProgressBarConsumer consumer;
    private @Nullable ProgressBar bar;

    IngestProgress(boolean interactive, ProgressBarConsumer consumer) {
        this.interactive = interactive;
        this.consumer = consumer;
    }

    /** A bar when standard output is a terminal, log lines otherwise. */
    static IngestProgress forConsole() {
        var console = System.console();
        return console != null && console.isTerminal() ? new IngestProgress(true,
                new ConsoleProgressBarConsumer(System.out)) : logLines();
    }

    static IngestProgress logLines() {
        return logLines(line -> log.info("ingest: {}", line));
    }

    static IngestProgress logLines(Consumer<String> lines) {
        return new IngestProgress(false, new DelegatingProgressBarConsumer(lines, 160));
    }

    @Override
    public void update(Snapshot snapshot) {
        var shown = bar(snapshot.totalBytes());
        shown.stepTo(Math.min(snapshot.bytesDone() / 1024, shown.getMax() < 0 ? Long.MAX_VALUE : shown.getMax()));
        shown.setExtraMessage(message(snapshot));
    }

    static String message(Snapshot s) {
        return message(s.read(), s.ingested(), s.skipped(), s.rejected()) + String.format(", %,.0f filings/s",
                s.filingsPerSecond());
    }

    private static String message(long read, long stored, long skipped, long rejected) {
        return String.format("%,d read, %,d stored, %,d skipped, %,d rejected", read, stored, skipped, rejected);
    }

    /** The bar counts kilobytes of input (unknown total: a bar without an end). */
    private ProgressBar bar(long totalBytes) {
        if (bar == null) {
            var builder = new ProgressBarBuilder().setTaskName("ingest")
                    .setInitialMax(totalBytes > 0 ? Math.max(1, totalBytes / 1024) : -1)
                    .setUnit(" MB", 1024)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(interactive ? 250 : 10_000)
                    .setConsumer(consumer);
            if (interactive) {
                builder.clearDisplayOnFinish();
            }
            bar = builder.build();
        }
        return bar;
    }

    @Override
    public void finish(IngestSummary summary) {
        if (bar != null) {
            // the last batch commits after the last input is read: the bar ends with what was stored
            bar.stepTo(Math.max(bar.getCurrent(), bar.getMax()));
            bar.setExtraMessage(message(summary.inputs(), summary.ingested(), summary.skipped(), summary.rejected()));
            bar.close();
        }
        log.info("ingest done: {}", summary.describe());
    }
}
