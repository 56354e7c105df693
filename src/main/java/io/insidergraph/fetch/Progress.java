package io.insidergraph.fetch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how a fetch is going with the progressbar library: on a terminal a bar redrawn in place (files done of
 * total, time left, then new / present / failed, MB and requests a second), elsewhere (a log file, CI) the same
 * line logged every ten seconds. The download threads only count ({@link Tally}); a ticker hands the counts over.
 */
final class Progress implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    private final Tally tally;
    private final LongSupplier requests;
    private final LongSupplier bytes;
    private final long started = System.nanoTime();
    private final ProgressBar bar;
    private final ScheduledExecutorService ticker;

    Progress(Tally tally, LongSupplier requests, LongSupplier bytes, ProgressBarConsumer consumer, boolean onTerminal) {
        this.tally = tally;
        this.requests = requests;
        this.bytes = bytes;
        int every = onTerminal ? 250 : 10_000;
        this.bar = new ProgressBarBuilder().setTaskName("fetch").setInitialMax(-1).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(every).setConsumer(consumer).build();
        this.ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("fetch-progress")
                .factory());
        ticker.scheduleAtFixedRate(this::show, 0, Math.min(every, 250), TimeUnit.MILLISECONDS);
    }

    /** A bar on a terminal, log lines elsewhere. */
    static Progress forConsole(Tally tally, LongSupplier requests, LongSupplier bytes) {
        var console = System.console();
        boolean onTerminal = console != null && console.isTerminal();
        return new Progress(tally, requests, bytes, onTerminal ? new ConsoleProgressBarConsumer(System.out)
                : new DelegatingProgressBarConsumer(line -> log.info("EDGAR fetch: {}", line), 160), onTerminal);
    }

    private synchronized void show() {
        if (tally.selected() > 0) {
            bar.maxHint(tally.selected());
        }
        bar.stepTo(tally.done());
        bar.setExtraMessage(extra(Duration.ofNanos(System.nanoTime() - started)));
    }

    String extra(Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis() / 1000.0, 0.001);
        return "(%d new, %d present, %d failed)  %.1f MB  %.1f req/s".formatted(tally.downloaded(), tally.present(),
                tally.failed(), bytes.getAsLong() / 1e6, requests.getAsLong() / seconds);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        show();
        bar.close();
    }
}
