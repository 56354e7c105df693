package io.insidergraph.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** What a run has done so far, counted from every download thread; the progress line and the summary read it. */
final class Tally {

    private final AtomicInteger selected = new AtomicInteger();
    private final AtomicInteger downloaded = new AtomicInteger();
    private final AtomicInteger present = new AtomicInteger();
    private final ConcurrentLinkedQueue<Path> files = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<FetchSummary.Failure> failures = new ConcurrentLinkedQueue<>();

    void selected(int count) {
        selected.addAndGet(count);
    }

    void downloaded(Path file) {
        downloaded.incrementAndGet();
        files.add(file);
    }

    void present(Path file) {
        present.incrementAndGet();
        files.add(file);
    }

    void failed(String what, String reason) {
        failures.add(new FetchSummary.Failure(what, reason));
    }

    int selected() {
        return selected.get();
    }

    int done() {
        return downloaded.get() + present.get() + failures.size();
    }

    int downloaded() {
        return downloaded.get();
    }

    int present() {
        return present.get();
    }

    int failed() {
        return failures.size();
    }

    FetchSummary summary(Path out, Duration elapsed, long requests, long bytes) {
        var sortedFiles = new ArrayList<>(files);
        sortedFiles.sort(Comparator.naturalOrder());
        return new FetchSummary(out, selected.get(), downloaded.get(), present.get(), List.copyOf(failures),
                List.copyOf(sortedFiles), requests, bytes, elapsed);
    }
}
