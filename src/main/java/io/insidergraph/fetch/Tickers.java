package io.insidergraph.fetch;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** Ticker to CIK, from the SEC's {@code company_tickers.json}; read once, on the first ticker asked for. */
final class Tickers {

    private final EdgarHttp http;
    private final EdgarProperties properties;
    private final JsonMapper json;
    private @Nullable Map<String, Long> ciks;

    Tickers(EdgarHttp http, EdgarProperties properties, JsonMapper json) {
        this.http = http;
        this.properties = properties;
        this.json = json;
    }

    synchronized long cik(String ticker) {
        if (ciks == null) {
            ciks = load();
        }
        var cik = ciks.get(ticker.strip().toUpperCase(Locale.ROOT));
        if (cik == null) {
            throw new EdgarRequestException("no company with ticker '" + ticker + "' in " + properties.tickers());
        }
        return cik;
    }

    /** {@code {"0":{"cik_str":1318605,"ticker":"TSLA","title":"Tesla, Inc."}, ...}} */
    private Map<String, Long> load() {
        var uri = properties.tickers();
        var body = http.get(uri).orElseThrow(() -> new EdgarRequestException(uri + " not found"));
        var map = new HashMap<String, Long>();
        for (var company : json.readTree(body)) {
            map.put(company.path("ticker").asString().toUpperCase(Locale.ROOT), company.path("cik_str").asLong());
        }
        return map;
    }
}
