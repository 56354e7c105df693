package io.insidergraph.fetch;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.concurrent.Executors;

import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches the filings a {@link FetchRequest} selects into its folder: selects them (submissions JSON, ticker map,
 * {@code form.idx} or feed archives; or the quarterly Form 345 data sets), skips those already complete in the folder, downloads the rest on a few
 * threads bounded by the shared rate limiter, and reports what it did. A filing that cannot be fetched is
 * reported and never stops the others.
 */
public final class EdgarFetcher implements AutoCloseable {

    private final EdgarProperties properties;
    private final EdgarHttp http;
    private final Tickers tickers;
    private final Submissions submissions;
    private final FormIndex formIndex;
    private final DailyFeed feed;
    private final DatasetDownloads datasets;

    /** Throws {@link UserAgent.MissingUserAgentException} when no usable User-Agent is configured. */
    public EdgarFetcher(EdgarProperties properties, Clock clock) {
        var json = JsonMapper.builder().build();
        this.properties = properties;
        this.http = new EdgarHttp(properties, UserAgent.of(properties.userAgent()), clock);
        this.tickers = new Tickers(http, properties, json);
        this.submissions = new Submissions(http, properties, json);
        this.formIndex = new FormIndex(http, properties, clock);
        this.feed = new DailyFeed(http, properties, clock);
        this.datasets = new DatasetDownloads(http, properties, clock);
    }

    public FetchSummary fetch(FetchRequest request) {
        long started = System.nanoTime();
        var folder = new EdgarFolder(request.out() != null ? request.out() : properties.out());
        var tally = new Tally();
        try (var progress = Progress.forConsole(tally, http::requests, http::bytesReceived)) {
            if (request.datasets() != null) {
                datasets.fetch(request.datasets(), folder, tally);
            }
            else if (request.bulk()) {
                feed.fetch(request.range(), request.forms(), folder, tally);
            }
            else {
                var selected = select(request, folder, tally);
                tally.selected(selected.size());
                download(selected, folder, tally);
            }
        }
        return tally.summary(folder.root(), Duration.ofNanos(System.nanoTime() - started), http.requests(),
                http.bytesReceived());
    }

    /** One entry per accession, in the order the sources listed them. */
    private Collection<FilingRef> select(FetchRequest request, EdgarFolder folder, Tally tally) {
        var refs = new LinkedHashMap<String, FilingRef>();
        var ciks = new ArrayList<>(request.ciks());
        for (var ticker : request.tickers()) {
            try {
                ciks.add(tickers.cik(ticker));
            }
            catch (RuntimeException ex) {
                tally.failed("ticker " + ticker, reason(ex));
            }
        }
        for (var cik : ciks) {
            try {
                submissions.filings(cik, request.forms(), request.range())
                        .forEach(ref -> refs.putIfAbsent(ref.accession(), ref));
            }
            catch (RuntimeException ex) { // a filer EDGAR does not know, or a submissions file that cannot be read
                tally.failed("CIK " + cik, reason(ex));
            }
        }
        if (request.ciks().isEmpty() && request.tickers().isEmpty() && request.range() != null) {
            formIndex.filings(request.range(), request.forms(), folder, tally)
                    .forEach(ref -> refs.putIfAbsent(ref.accession(), ref));
        }
        return refs.values();
    }

    private void download(Collection<FilingRef> refs, EdgarFolder folder, Tally tally) {
        try (var pool = Executors.newFixedThreadPool(properties.threads(),
                Thread.ofVirtual().name("edgar-fetch-", 0).factory())) {
            for (var ref : refs) {
                pool.execute(() -> download(ref, folder, tally));
            }
        }
    }

    /** Every ref ends present, downloaded or failed: nothing thrown here may vanish in the pool. */
    private void download(FilingRef ref, EdgarFolder folder, Tally tally) {
        try {
            var existing = folder.existing(ref.accession());
            if (existing.isPresent()) {
                tally.present(existing.get());
                return;
            }
            var target = folder.submission(ref);
            if (http.download(properties.www(ref.archivePath()), target, Completeness::submission)) {
                folder.stored(ref.accession(), target);
                tally.downloaded(target);
            }
            else {
                tally.failed(ref.accession(), "not found: " + properties.www(ref.archivePath()));
            }
        }
        catch (RuntimeException ex) {
            tally.failed(ref.accession(), reason(ex));
        }
    }

    private static String reason(RuntimeException ex) {
        if (ex instanceof EdgarRequestException) {
            return ex.getMessage();
        }
        return ex.getMessage() == null ? ex.toString() : ex.getClass().getSimpleName() + ": " + ex.getMessage();
    }

    @Override
    public void close() {
        http.close();
    }
}
