package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** GraphiQL opens with tabs of example queries, and every one of them answers on the samples without errors. */
class GraphiQlExamplesIT extends ApiTestBase {

    private static final Pattern EXAMPLE = Pattern.compile(
            "\\{ query: `([^`]*)`(?:, variables: '([^']*)')? }", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Test
    void pageServesTheExampleTabs() {
        var client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(RESPONSE_TIMEOUT).build();
        var page = client.get().uri("/graphiql?path=/graphql").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("GraphiQL").contains("defaultTabs: examples")
                .contains("query DirectorInterlocks", "query PersonNetwork", "query InsiderTrades",
                        "query ClusterBuys");
    }

    @Test
    void everyExampleAnswersWithData() throws Exception {
        var html = new ClassPathResource("graphiql/insidergraph.html").getContentAsString(StandardCharsets.UTF_8);
        var matcher = EXAMPLE.matcher(html);
        var names = new ArrayList<String>();
        var json = JsonMapper.builder().build();
        while (matcher.find()) {
            var request = tester.document(matcher.group(1));
            if (matcher.group(2) != null) {
                Map<String, Object> variables = json.readValue(matcher.group(2), Map.class);
                variables.forEach(request::variable);
            }
            var response = request.execute();
            response.errors().verify();
            names.add(matcher.group(1).lines().filter(l -> l.startsWith("query")).findFirst().orElse(""));
        }
        assertThat(names).hasSize(6);
        tester.document(exampleNamed(html, "DirectorInterlocks")).execute()
                .path("interlocks[0].company.name").entity(String.class).isEqualTo("Affirm Holdings, Inc.");
        tester.document(exampleNamed(html, "ClusterBuys")).execute()
                .path("clusterBuys[0].issuer.name").entity(String.class).isEqualTo("Adagio Therapeutics, Inc.");
    }

    private static String exampleNamed(String html, String name) {
        var matcher = EXAMPLE.matcher(html);
        while (matcher.find()) {
            if (matcher.group(1).contains("query " + name)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no example " + name);
    }
}
