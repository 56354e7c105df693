package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a front end relies on: queries over GET (never mutations), the schema as SDL, CORS for pages on localhost,
 * no cross-origin mutation without the API key, and Prometheus metrics with GraphQL timings and ingest counters.
 */
class FrontEndConventionsIT extends ApiTestBase {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LOCAL_PAGE = "http://localhost:5173";

    @LocalServerPort
    int port;

    @Test
    void aQueryRunsOverGetWithVariablesAndOperationName() throws Exception {
        var query = "query Company($cik: ID!) { company(cik: $cik) { name } } query Other { stats { filings } }";
        var response = get("/graphql?query=" + encode(query) + "&operationName=Company&variables="
                + encode("{\"cik\": \"" + YELP + "\"}"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("data").path("company").path("name").asString()).isEqualTo("YELP INC");
    }

    @Test
    void aMutationOverGetIsRefusedWith405() throws Exception {
        var response = get("/graphql?query=" + encode("mutation { ingestFiling(document: \"x\") { error } }"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(json(response).path("detail").asString()).isEqualTo("A mutation cannot be sent with GET; use POST");
    }

    @Test
    void badGetParametersAreNamed() throws Exception {
        assertThat(json(get("/graphql")).path("detail").asString())
                .isEqualTo("A GET request needs the query parameter 'query'");
        var badVariables = get("/graphql?query=" + encode("{ stats { filings } }") + "&variables=" + encode("[1"));
        assertThat(badVariables.statusCode()).isEqualTo(400);
        assertThat(json(badVariables).path("detail").asString())
                .startsWith("The query parameter 'variables' must be a JSON object");
    }

    @Test
    void theSchemaIsServedAsSdl() throws Exception {
        var response = get("/graphql/schema");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("type Query {")
                .contains("neighborhood(asOf: Date, cik: ID!, graceDays: Int, hops: Int = 2, limit: Int = 500, "
                        + "roles: [Role!]): Network!")
                .contains("subgraph(asOf: Date, ciks: [ID!]!, graceDays: Int, roles: [Role!]): Network!");
    }

    @Test
    void aPageOnLocalhostMayQueryAndAnotherSiteMayNot() throws Exception {
        var preflight = HTTP.send(HttpRequest.newBuilder(uri("/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", LOCAL_PAGE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LOCAL_PAGE);

        var query = post("{ stats { filings } }", "http://127.0.0.1:8000", null);
        assertThat(query.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://127.0.0.1:8000");
        assertThat(json(query).path("data").path("stats").path("filings").asInt()).isGreaterThan(60);

        var export = HTTP.send(HttpRequest.newBuilder(uri("/export/neighborhood.json?cik=" + YELP))
                .header("Origin", LOCAL_PAGE).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(export.headers().firstValue("Access-Control-Allow-Origin")).hasValue(LOCAL_PAGE);

        var elsewhere = post("{ stats { filings } }", "https://elsewhere.example", null);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aCrossOriginMutationNeedsTheApiKeyHeader() throws Exception {
        var mutation = "mutation { ingestFiling(document: \"not a filing\") { accessionNumber error } }";

        var withoutKey = json(post(mutation, LOCAL_PAGE, null));
        assertThat(withoutKey.path("errors").path(0).path("message").asString())
                .isEqualTo("A mutation from another origin (" + LOCAL_PAGE + ") needs the X-API-Key header");
        assertThat(withoutKey.path("errors").path(0).path("extensions").path("classification").asString())
                .isEqualTo("FORBIDDEN");

        var withKey = json(post(mutation, LOCAL_PAGE, "test-api-key"));
        assertThat(withKey.path("errors").isMissingNode()).as(withKey.toString()).isTrue();
        assertThat(withKey.path("data").path("ingestFiling").path("error").asString()).isNotEmpty();
    }

    @Test
    void prometheusHasGraphQlTimingsAndIngestCounters() throws Exception {
        post("{ stats { filings } }", null, null);

        var metrics = get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern("graphql_request_seconds_count\\{[^}]*\\} [1-9]");
        var ingested = Pattern.compile("insidergraph_ingest_inputs_total\\{[^}]*outcome=\"(ingested|skipped)\"[^}]*\\} "
                + "([0-9.E]+)").matcher(metrics);
        double counted = 0;
        while (ingested.find()) {
            counted += Double.parseDouble(ingested.group(2));
        }
        assertThat(counted).as(metrics).isGreaterThanOrEqualTo(68);
        assertThat(metrics).contains("insidergraph_ingest_inputs_total{outcome=\"rejected\"")
                .containsPattern("insidergraph_graph_reads_total(\\{[^}]*\\})? [1-9]");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String document, String origin, String apiKey) throws Exception {
        var request = HttpRequest.newBuilder(uri("/graphql")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonMapper.shared().writeValueAsString(
                        java.util.Map.of("query", document))));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (apiKey != null) {
            request.header("X-API-Key", apiKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
