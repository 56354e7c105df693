package io.insidergraph.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a fetch did.
 *
 * @param out          the folder fetched into
 * @param selected     filings the selection named (after the forms filter), each counted once
 * @param downloaded   fetched by this run
 * @param present      already complete in the folder, not fetched again
 * @param failures     what could not be fetched, and why
 * @param files        the complete file of every selected filing now in the folder: what to ingest
 * @param requests     HTTP requests sent, retries included
 * @param bytes        bytes received
 * @param elapsed      wall time
 */
public record FetchSummary(Path out, int selected, int downloaded, int present, List<Failure> failures,
        List<Path> files, long requests, long bytes, Duration elapsed) {

    /** One thing that could not be fetched ({@code what}: an accession number or a URL). */
    public record Failure(String what, String reason) {
    }

    /** Several lines for people: the counts, then each failure. */
    public String describe() {
        var text = new StringBuilder("Fetched into %s: %d selected, %d downloaded, %d already present, %d failed; "
                .formatted(out, selected, downloaded, present, failures.size()))
                .append("%d requests, %.1f MB in %.1f s".formatted(requests, bytes / 1e6, elapsed.toMillis() / 1e3));
        failures.forEach(failure -> text.append(System.lineSeparator()).append("  failed ")
                .append(failure.what()).append(": ").append(failure.reason()));
        return text.toString();
    }
}
