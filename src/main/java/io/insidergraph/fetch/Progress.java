package io.insidergraph.fetch;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how a fetch is going: on a terminal a bar redrawn in place on one line (files done of total, MB, requests
 * a second, time left), elsewhere (a log file, CI) a log line every so often, since carriage returns make a mess
 * of a log.
 */
final class Progress implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);
    private static final int BAR = 24;

    private final Tally tally;
    private final LongSupplier requests;
    private final LongSupplier bytes;
    private final PrintStream terminal;
    private final boolean onTerminal;
    private final long started = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private int shown;

    Progress(Tally tally, LongSupplier requests, LongSupplier bytes, PrintStream terminal, boolean onTerminal) {
        this.tally = tally;
        this.requests = requests;
        this.bytes = bytes;
        this.terminal = terminal;
        this.onTerminal = onTerminal;
        this.ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("fetch-progress")
                .factory());
        long every = onTerminal ? 250 : 10_000;
        ticker.scheduleAtFixedRate(this::show, every, every, TimeUnit.MILLISECONDS);
    }

    static boolean onTerminal() {
        var console = System.console();
        return console != null && console.isTerminal();
    }

    private synchronized void show() {
        var line = line(Duration.ofNanos(System.nanoTime() - started));
        if (onTerminal) {
            // blanks over whatever a longer line before left behind
            terminal.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
            terminal.flush();
            shown = line.length();
        }
        else {
            log.info("EDGAR fetch: {}", line);
        }
    }

    String line(Duration elapsed) {
        int total = tally.selected();
        int done = tally.done();
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 0.001);
        var text = new StringBuilder();
        if (total > 0) {
            int filled = (int) Math.min(BAR, (long) BAR * done / total);
            text.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ");
        }
        text.append("%d/%d files (%d new, %d present, %d failed)  %.1f MB  %.1f req/s".formatted(done, total,
                tally.downloaded(), tally.present(), tally.failed(), bytes.getAsLong() / 1e6,
                requests.getAsLong() / seconds));
        if (done > 0 && total > done) {
            long left = Math.round((total - done) * seconds / done);
            text.append("  ETA %d:%02d".formatted(left / 60, left % 60));
        }
        return text.toString();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        if (onTerminal) {
            show();
            terminal.println();
        }
    }
}
