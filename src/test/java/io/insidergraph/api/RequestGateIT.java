package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import io.insidergraph.support.Neo4jTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12: a 90 MB body without the API key was read and parsed before the key was checked (48 at once took 6.6 GB of
 * heap), and the health endpoint showed its details to anyone. Over real HTTP: a caller without the key may send
 * 256 KB (the default insidergraph.limits.max-body-size), the key holder 2 × 20 MB + 256 KB, and a body over the
 * caller's limit is answered 413 before it is read.
 */
class RequestGateIT extends Neo4jTestBase {

    private static final String KEY = "test-api-key";
    private static final String TOO_LARGE_WITHOUT_KEY = "Request body too large: a body %s is over the limit of "
            + "262144 bytes (insidergraph.limits.max-body-size, for callers without the API key)";

    /** The status, and the names of the probes' groups (Kubernetes' liveness and readiness), nothing else. */
    private static final String STATUS_ONLY = "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aNinetyMegabyteBodyWithoutTheKeyIsRefusedFromItsHeadersAlone() throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 94371840\r\n\r\n{\"query\":\"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // nothing more of the 90 MB is sent: the answer comes from the headers
            var response = readResponse(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413 ").contains("Connection: close")
                    .contains(TOO_LARGE_WITHOUT_KEY.formatted("of 94371840 bytes"));
        }
    }

    @Test
    void aBodyOfUnstatedLengthWithoutTheKeyIsRefusedOnceItPassesTheLimit() throws Exception {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var sent = new AtomicLong();
            // up to 64 MB in 64 KB chunks, until the server closes the connection
            var sender = Thread.ofVirtual().start(() -> sendChunks(out, 1024, 64 * 1024, sent));
            var response = readResponse(socket.getInputStream());
            sender.join(30_000);
            assertThat(response).startsWith("HTTP/1.1 413 ")
                    .contains(TOO_LARGE_WITHOUT_KEY.formatted("of unstated length"));
            assertThat(sent.get()).as("bytes sent before the server stopped reading").isLessThan(64L << 20);
        }
    }

    @Test
    void theKeyHolderMaySendMoreThanOthers() throws Exception {
        // a 1 MB search text: over the 256 KB of a caller without the key, within the key holder's limit
        var body = "{\"query\":\"query($t: String!) { search(text: $t) { cik } }\",\"variables\":{\"t\":\""
                + "x".repeat(1 << 20) + "\"}}";

        var anonymous = post(body, null);
        assertThat(anonymous.statusCode()).isEqualTo(413);
        assertThat(anonymous.body()).contains(TOO_LARGE_WITHOUT_KEY.formatted("of " + body.length() + " bytes"));

        var holder = post(body, KEY);
        assertThat(holder.statusCode()).isEqualTo(200);
        assertThat(holder.body()).contains("text must be at most 500 characters");

        var wrongKey = post(body, "not-the-key");
        assertThat(wrongKey.statusCode()).as("a wrong key counts as none").isEqualTo(413);
    }

    @Test
    void aSmallBodyOfUnstatedLengthIsAnswered() throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        "{\"query\":\"{ __typename }\"}".getBytes(StandardCharsets.UTF_8))))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
    }

    @Test
    void healthShowsOnlyItsStatusToCallersWithoutTheKey() throws Exception {
        var anonymous = get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo(STATUS_ONLY);

        assertThat(get("/actuator/health", "not-the-key").body()).isEqualTo(STATUS_ONLY);

        var holder = get("/actuator/health", KEY);
        assertThat(holder.statusCode()).isEqualTo(200);
        assertThat(holder.body()).contains("\"neo4j\":{\"details\":{").contains("\"edition\":\"community\"")
                .contains("\"diskSpace\":{\"details\":{");
    }

    private HttpResponse<String> post(String body, String key) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header(ApiKey.HEADER, key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String key) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (key != null) {
            request.header(ApiKey.HEADER, key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void sendChunks(OutputStream out, int chunks, int size, AtomicLong sent) {
        var chunk = new byte[size];
        java.util.Arrays.fill(chunk, (byte) 'x');
        var header = (Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        try {
            for (int i = 0; i < chunks; i++) {
                out.write(header);
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                sent.addAndGet(size);
            }
        }
        catch (IOException closedByTheServer) {
            // expected: the server answered and closed the connection
        }
    }

    /** The status line, headers and as much of the body as arrives before the connection closes. */
    private static String readResponse(InputStream in) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
                if (bytes.toString(StandardCharsets.UTF_8).contains("}]}")) {
                    break;
                }
            }
        }
        catch (IOException reset) {
            // a reset after the answer arrived
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
