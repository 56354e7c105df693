package io.insidergraph.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The SEC's page of Form 345 data sets ({@code /data-research/sec-markets-data/insider-transactions-data-sets}):
 * one link per quarter to its zip. The zips do not all live under one path (older quarters under
 * {@code /files/structureddata/data/...}, others under {@code /files/dera/data/...} or
 * {@code /files/datastandardsinnovation/data/...}), so each quarter's address is taken from its link on the page,
 * never built from a pattern.
 */
final class DatasetIndex {

    static final String PAGE = "/data-research/sec-markets-data/insider-transactions-data-sets";

    private static final Pattern LINK = Pattern.compile(
            "href\\s*=\\s*[\"']([^\"'<>]*?(\\d{4})q([1-4])_form345\\.zip)[\"']", Pattern.CASE_INSENSITIVE);

    private DatasetIndex() {
    }

    /**
     * The zip of each quarter the page links to, by quarter; the first link wins when a quarter has two. A link to a
     * path on sec.gov ({@code /files/...}, or {@code https://www.sec.gov/files/...}) is taken on the configured
     * www-url, so that a mirror or a test server serves it too; a relative link is resolved against the page.
     */
    static NavigableMap<Quarter, URI> parse(URI page, byte[] html, EdgarProperties properties) {
        var text = new String(html, StandardCharsets.UTF_8);
        var quarters = new TreeMap<Quarter, URI>();
        var matcher = LINK.matcher(text);
        while (matcher.find()) {
            var quarter = new Quarter(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
            var href = URI.create(matcher.group(1).replace("&amp;", "&").strip().replace(" ", "%20"));
            URI uri;
            if (href.getScheme() == null && href.getRawPath().startsWith("/")) {
                uri = properties.www(href.getRawPath());
            }
            else if (href.getScheme() != null && "www.sec.gov".equalsIgnoreCase(href.getHost())) {
                uri = properties.www(href.getRawPath());
            }
            else {
                uri = page.resolve(href);
            }
            quarters.putIfAbsent(quarter, uri);
        }
        return Collections.unmodifiableNavigableMap(quarters);
    }
}
