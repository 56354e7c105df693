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
 * @param datasets the quarters of the SEC's Form 345 data sets to fetch instead of filings, or null
 */
public record FetchRequest(List<Long> ciks, List<String> tickers, @Nullable DateRange range, Forms forms, boolean bulk,
        @Nullable Path out, @Nullable DatasetSelection datasets) {

    public FetchRequest(List<Long> ciks, List<String> tickers, @Nullable DateRange range, Forms forms, boolean bulk,
            @Nullable Path out) {
        this(ciks, tickers, range, forms, bulk, out, null);
    }

    /** The Form 345 data sets of these quarters, into {@code out}. */
    public static FetchRequest datasets(DatasetSelection datasets, @Nullable Path out) {
        return new FetchRequest(List.of(), List.of(), null, Forms.OWNERSHIP, false, out, datasets);
    }

    public FetchRequest {
        ciks = List.copyOf(ciks);
        tickers = List.copyOf(tickers);
        boolean byFiler = !ciks.isEmpty() || !tickers.isEmpty();
        if (datasets != null) {
            if (byFiler || range != null || bulk) {
                throw new IllegalArgumentException("--datasets takes quarters (--from 2024q1 --to 2024q4, or"
                        + " --latest), and no CIK, ticker or --bulk: a data set holds every filer's filings");
            }
        }
        else if (!byFiler && range == null) {
            throw new IllegalArgumentException("say what to fetch: a CIK or ticker, or a date range (--from/--to)");
        }
        else if (bulk && (byFiler || range == null)) {
            throw new IllegalArgumentException("bulk takes a date range and no CIK or ticker: the daily feed "
                    + "archives hold every filer's filings");
        }
    }
}
