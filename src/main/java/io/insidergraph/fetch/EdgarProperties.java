package io.insidergraph.fetch;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code insidergraph.edgar.*}. The base URLs are settings so that the same code runs against a
 * mirror (or, in tests, a loopback server).
 *
 * @param userAgent            "Name email", required by the SEC's fair-access policy; no default on purpose
 * @param wwwUrl               serves {@code /Archives/edgar/...} and {@code /files/company_tickers.json}
 * @param dataUrl              serves {@code /submissions/CIK##########.json}
 * @param tickersUrl           the ticker to CIK map; unset means {@code <www-url>/files/company_tickers.json}
 * @param out                  where filings are written, {@code <out>/<cik>/<accession>/<accession>.txt}
 * @param maxRequestsPerSecond the SEC allows 10 across all of a user's threads
 * @param threads              downloads under way at once (the rate limit, not this, bounds the request rate)
 * @param maxAttempts          tries per request on 429, 5xx, timeouts and dropped connections
 * @param initialBackoff       wait before the second try, doubled for each later one (with jitter)
 * @param maxBackoff           longest wait between tries, unless the server's Retry-After asks for longer
 * @param connectTimeout       to open a connection
 * @param requestTimeout       the longest silence of a connection: waiting for the response headers, or in the
 *                             middle of a body (a stalled download is dropped and tried again)
 */
@ConfigurationProperties("insidergraph.edgar")
public record EdgarProperties(
        @Nullable String userAgent,
        @DefaultValue("https://www.sec.gov") URI wwwUrl,
        @DefaultValue("https://data.sec.gov") URI dataUrl,
        @Nullable URI tickersUrl,
        @DefaultValue("./data/edgar") Path out,
        @DefaultValue("10") int maxRequestsPerSecond,
        @DefaultValue("4") int threads,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("60s") Duration maxBackoff,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration requestTimeout) {

    public EdgarProperties {
        if (maxRequestsPerSecond < 1 || threads < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("insidergraph.edgar: max-requests-per-second, threads and "
                    + "max-attempts must be at least 1");
        }
    }

    URI tickers() {
        return tickersUrl != null ? tickersUrl : www("/files/company_tickers.json");
    }

    URI www(String path) {
        return join(wwwUrl, path);
    }

    URI data(String path) {
        return join(dataUrl, path);
    }

    /** A mirror may serve EDGAR below a path of its own, so paths are appended, never resolved. */
    private static URI join(URI base, String path) {
        var text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }
}
