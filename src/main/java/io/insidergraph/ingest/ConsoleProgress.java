package io.insidergraph.ingest;

import java.io.PrintStream;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a run's progress: on a terminal, a bar redrawn in place about four times a second; otherwise (a pipe, a
 * log file, CI) a plain log line every ten seconds. Both end with the summary.
 */
final class ConsoleProgress implements ProgressListener {

    private static final Logger log = LoggerFactory.getLogger(ConsoleProgress.class);
    private static final int BAR_WIDTH = 30;

    private final PrintStream terminal;
    private final boolean interactive;
    private final long intervalNanos;
    private long lastShown = System.nanoTime();

    private ConsoleProgress(PrintStream terminal, boolean interactive) {
        this.terminal = terminal;
        this.interactive = interactive;
        this.intervalNanos = interactive ? 250_000_000L : 10_000_000_000L;
    }

    /** A bar when standard output is a terminal, log lines otherwise. */
    static ConsoleProgress forConsole() {
        var console = System.console();
        return new ConsoleProgress(System.out, console != null && console.isTerminal());
    }

    static ConsoleProgress logLines() {
        return new ConsoleProgress(System.out, false);
    }

    @Override
    public void update(Snapshot snapshot) {
        long now = System.nanoTime();
        if (now - lastShown < intervalNanos) {
            return;
        }
        lastShown = now;
        if (interactive) {
            terminal.print("\r" + bar(snapshot));
            terminal.flush();
        }
        else {
            log.info("ingest: {}", line(snapshot));
        }
    }

    @Override
    public void finish(IngestSummary summary) {
        if (interactive) {
            terminal.print("\r" + " ".repeat(BAR_WIDTH + 90) + "\r");
            terminal.flush();
        }
        log.info("ingest done: {}", summary.describe());
    }

    static String bar(Snapshot s) {
        double fraction = s.fraction();
        int filled = fraction < 0 ? 0 : (int) Math.round(fraction * BAR_WIDTH);
        var bar = "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] "
                + (fraction < 0 ? "  ?%" : String.format("%3d%%", Math.round(fraction * 100)));
        return bar + " " + line(s);
    }

    static String line(Snapshot s) {
        var eta = eta(s);
        return String.format("%,d files, %,.0f filings/s, %,d skipped, %,d rejected%s", s.inputs(),
                s.filingsPerSecond(), s.skipped(), s.rejected(), eta == null ? "" : ", ETA " + eta);
    }

    private static String eta(Snapshot s) {
        double fraction = s.fraction();
        if (fraction <= 0.01 || fraction >= 1) {
            return null;
        }
        long remaining = (long) (s.elapsed().toNanos() * (1 - fraction) / fraction);
        return IngestSummary.formatDuration(Duration.ofNanos(remaining)).replaceAll("\\.\\d$", "");
    }
}
