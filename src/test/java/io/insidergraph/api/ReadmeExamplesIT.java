package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's "Querying" section says its examples show exactly what came back on the samples: each GraphQL block
 * followed by a JSON block is sent over HTTP and the whole answer (data and errors) must equal the JSON shown.
 */
class ReadmeExamplesIT extends ApiTestBase {

    private static final Pattern BLOCK = Pattern.compile("```(graphql|json)\\n(.*?)```", Pattern.DOTALL);

    @LocalServerPort
    int port;

    @Test
    void everyExampleOutputIsWhatTheApiAnswers() throws Exception {
        var readme = Files.readString(Path.of("README.md"));
        var querying = readme.substring(readme.indexOf("## Querying"), readme.indexOf("### Read latency at scale"));
        var blocks = new ArrayList<String[]>();
        var matcher = BLOCK.matcher(querying);
        while (matcher.find()) {
            blocks.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        var json = JsonMapper.builder().build();
        var client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(RESPONSE_TIMEOUT)
                .build();
        var checked = new ArrayList<String>();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (!blocks.get(i)[0].equals("graphql") || !blocks.get(i + 1)[0].equals("json")) {
                continue;
            }
            var document = blocks.get(i)[1];
            JsonNode expected = json.readTree(blocks.get(i + 1)[1]);
            var body = client.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(json.writeValueAsString(Map.of("query", document))).exchange()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(json.readTree(body)).as("README example:%n%s", document).isEqualTo(expected);
            checked.add(document.strip().lines().findFirst().orElse(""));
        }
        assertThat(checked).as("examples with their output in the README").hasSize(9);
    }
}
