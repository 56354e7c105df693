package io.insidergraph.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.insidergraph.fetch.EdgarProperties;
import org.jspecify.annotations.Nullable;

/**
 * A loopback HTTP server (the JDK's own) that answers like EDGAR from the recorded fixtures in
 * {@code src/test/resources/fetch} (see SOURCES.md there), gzips when asked to as sec.gov does, gives each file an
 * ETag and answers a request that names it with 304, records every
 * request it sees (path, arrival time, User-Agent), and can be told to fail a path's next requests: with a status
 * and Retry-After, or by dropping the connection halfway through the body.
 */
public final class EdgarReplayServer implements AutoCloseable {

    /**
     * One request as the server saw it; {@code nanos} from {@link System#nanoTime()} on arrival; {@code ifNoneMatch}
     * the validator of a copy the client already has.
     */
    public record Hit(String path, long nanos, @Nullable String userAgent, @Nullable String acceptEncoding,
            @Nullable String ifNoneMatch) {
    }

    public sealed interface Fault {
        /** Answer with this status (and Retry-After, when given) instead of the file. */
        record Status(int code, @Nullable String retryAfter) implements Fault {
        }

        /** Promise the whole body, send half of it, and close the connection. */
        record Drop() implements Fault {
        }

        /** Answer, but only after this long. */
        record Stall(Duration delay) implements Fault {
        }

        /** Send the headers and half the body, then nothing more for this long before the rest. */
        record StallBody(Duration delay) implements Fault {
        }
    }

    private static final Pattern FILING = Pattern.compile(
            "/Archives/edgar/data/(\\d+)/(\\d{18})/(\\d{10}-\\d{2}-\\d{6})\\.txt");

    private final HttpServer server;
    private final Path root;
    private final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final Map<String, byte[]> extra = new ConcurrentHashMap<>();

    private EdgarReplayServer(HttpServer server, Path root) {
        this.server = server;
        this.root = root;
    }

    public static EdgarReplayServer start() {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            var replay = new EdgarReplayServer(server,
                    Path.of(EdgarReplayServer.class.getResource("/fetch").toURI()));
            server.createContext("/", replay::handle);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return replay;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Settings that point every base URL here, with short backoffs so that retry tests stay quick. */
    public EdgarProperties properties(@Nullable String userAgent, Path out, int requestsPerSecond) {
        return new EdgarProperties(userAgent, uri(), uri(), null, out, requestsPerSecond, 4, 4,
                Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    public void failNext(String path, Fault... next) {
        faults.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(next));
    }

    public void serve(String path, byte[] body) {
        extra.put(path, body);
    }

    public List<Hit> hits() {
        synchronized (hits) {
            return List.copyOf(hits);
        }
    }

    public long count(String path) {
        return hits().stream().filter(hit -> hit.path().equals(path)).count();
    }

    public List<String> paths() {
        return hits().stream().map(Hit::path).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath();
            var headers = exchange.getRequestHeaders();
            hits.add(new Hit(path, System.nanoTime(), headers.getFirst("User-Agent"),
                    headers.getFirst("Accept-Encoding"), headers.getFirst("If-None-Match")));
            var fault = next(path);
            if (fault instanceof Fault.Status(int code, String retryAfter)) {
                if (retryAfter != null) {
                    exchange.getResponseHeaders().set("Retry-After", retryAfter);
                }
                exchange.sendResponseHeaders(code, -1);
                return;
            }
            if (fault instanceof Fault.Stall(Duration delay)) {
                sleep(delay);
            }
            var body = resolve(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            // like sec.gov, a validator per file; a copy the client already has is answered 304, without a body
            var etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(headers.getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            var accept = headers.getFirst("Accept-Encoding");
            if (accept != null && accept.contains("gzip") && !path.endsWith(".gz")) {
                body = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(200, body.length);
            var out = exchange.getResponseBody();
            if (fault instanceof Fault.Drop) {
                out.write(body, 0, body.length / 2);
                out.flush();
                return; // closing an exchange that is owed bytes closes its connection
            }
            if (fault instanceof Fault.StallBody(Duration delay)) {
                out.write(body, 0, body.length / 2);
                out.flush();
                sleep(delay);
                out.write(body, body.length / 2, body.length - body.length / 2);
                return;
            }
            out.write(body);
        }
    }

    private @Nullable Fault next(String path) {
        var queue = faults.get(path);
        return queue == null ? null : queue.poll();
    }

    private byte @Nullable [] resolve(String path) throws IOException {
        if (extra.containsKey(path)) {
            return extra.get(path);
        }
        var filing = FILING.matcher(path);
        if (filing.matches()) {
            var file = root.resolve("filings").resolve(filing.group(3) + ".txt");
            if (!Files.isRegularFile(file) || !filing.group(2).equals(filing.group(3).replace("-", ""))) {
                return null;
            }
            var body = Files.readAllBytes(file);
            // EDGAR serves a submission under the CIK of each party its header names, and under no other
            var cik = "%010d".formatted(Long.parseLong(filing.group(1)));
            return new String(body, StandardCharsets.ISO_8859_1).contains(cik) ? body : null;
        }
        var relative = path.startsWith("/Archives/edgar/") ? path.substring("/Archives/edgar/".length())
                : path.substring(1);
        var file = root.resolve(relative).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] gzip(byte[] body) throws IOException {
        var buffer = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(buffer)) {
            gzip.write(body);
        }
        return buffer.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
