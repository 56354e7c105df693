package io.insidergraph.fetch;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What to fetch, and where to.
 *
 * @param ciks    filers, companies or people, whose filings to fetch (from their submissions JSON)
 * @param tickers companies by ticker, looked up in the SEC's ticker map
 * @param range   filing dates: with CIKs or tickers it narrows their filings; alone it selects across all filers
 *                (from the {@code form.idx} indexes, or from the daily feed archives when {@code bulk})
 * @param forms   the form types to keep
 * @param bulk    take a date range from the daily feed archives rather than from one request per filing
 * @param out     the folder to fetch into; null for {@code insidergraph.edgar.out}
 */
public record FetchRequest(List<Long> ciks, List<String> tickers, @Nullable DateRange range, Forms forms, boolean bulk,
        @Nullable Path out) {

    public FetchRequest {
        ciks = List.copyOf(ciks);
        tickers = List.copyOf(tickers);
        boolean byFiler = !ciks.isEmpty() || !tickers.isEmpty();
        if (!byFiler && range == null) {
            throw new IllegalArgumentException("say what to fetch: a CIK or ticker, or a date range (--from/--to)");
        }
        if (bulk && (byFiler || range == null)) {
            throw new IllegalArgumentException("bulk takes a date range and no CIK or ticker: the daily feed "
                    + "archives hold every filer's filings");
        }
    }
}
