package io.insidergraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.insidergraph.support.OnNeo4jServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot run here (no Docker engine), so it is kept correct by reading it: the app's service
 * must reach the Neo4j service through spring.neo4j.uri, with the password from the environment, on the Neo4j
 * version the embedded database and the container tests use.
 */
class DockerComposeTests {

    @SuppressWarnings("unchecked")
    private final Map<String, Object> compose = (Map<String, Object>) load();

    @Test
    void appPointsAtTheNeo4jServiceThroughSpringNeo4jUri() {
        var neo4j = service("neo4j");
        var app = service("insidergraph");
        var environment = (Map<String, Object>) app.get("environment");

        var uri = URI.create((String) environment.get("SPRING_NEO4J_URI"));
        assertThat(uri.getHost()).isEqualTo("neo4j");
        assertThat(uri.getPort()).isEqualTo(7687);
        assertThat((List<String>) neo4j.get("ports")).contains("7687:7687");
        assertThat(environment.get("SPRING_NEO4J_AUTHENTICATION_PASSWORD")).isEqualTo("${NEO4J_PASSWORD}");
        assertThat((Map<String, Object>) app.get("depends_on")).containsKey("neo4j");
    }

    @Test
    void neo4jIsTheOfficialImageOfTheTestedVersionWithAVolumeAndAPasswordFromTheEnvironment() throws IOException {
        var neo4j = service("neo4j");
        assertThat(neo4j.get("image")).isEqualTo(OnNeo4jServer.IMAGE);
        var pom = Files.readString(Path.of("pom.xml"));
        var embeddedVersion = pom.replaceAll("(?s).*<neo4j.version>([^<]+)</neo4j.version>.*", "$1");
        assertThat((String) neo4j.get("image")).startsWith("neo4j:" + embeddedVersion);
        assertThat((List<String>) neo4j.get("volumes")).anyMatch(volume -> volume.endsWith(":/data"));
        var auth = (String) ((Map<String, Object>) neo4j.get("environment")).get("NEO4J_AUTH");
        assertThat(auth).startsWith("neo4j/${NEO4J_PASSWORD");
    }

    /** Run by a shell with the container's environment and a stand-in cypher-shell that records its arguments. */
    @Test
    @SuppressWarnings("unchecked")
    void theHealthcheckLogsInWithThePasswordTheContainerIsGiven(@TempDir Path bin) throws Exception {
        var neo4j = service("neo4j");
        var test = (List<String>) ((Map<String, Object>) neo4j.get("healthcheck")).get("test");
        assertThat(test.getFirst()).isEqualTo("CMD-SHELL");
        // compose turns $$ into $ and fills ${NEO4J_PASSWORD} from the caller's environment
        var command = test.get(1).replace("$$", "$");
        var auth = ((String) ((Map<String, Object>) neo4j.get("environment")).get("NEO4J_AUTH"))
                .replaceAll("\\$\\{NEO4J_PASSWORD[^}]*}", "change-me");
        var arguments = bin.resolve("arguments");
        var cypherShell = Files.writeString(bin.resolve("cypher-shell"), "#!/bin/sh\nprintf '%s\\n' \"$@\" > "
                + arguments + "\n");
        assertThat(cypherShell.toFile().setExecutable(true)).isTrue();
        var shell = new ProcessBuilder("sh", "-c", command);
        shell.environment().clear();
        shell.environment().putAll(Map.of("PATH", bin + ":/usr/bin:/bin", "NEO4J_AUTH", auth));

        assertThat(shell.start().waitFor()).isZero();
        assertThat(Files.readAllLines(arguments)).containsExactly("-u", "neo4j", "-p", "change-me", "RETURN 1");
    }

    @Test
    void appRunsTheBuiltJarWithJava25() {
        var app = service("insidergraph");
        assertThat((String) app.get("image")).startsWith("eclipse-temurin:25");
        assertThat((List<String>) app.get("volumes")).contains("./target/insidergraph.jar:/app/insidergraph.jar:ro");
        assertThat((List<String>) app.get("command")).containsSequence("-jar", "/app/insidergraph.jar", "serve");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        var services = (Map<String, Object>) compose.get("services");
        assertThat(services).containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    private static Object load() {
        try (var in = Files.newInputStream(Path.of("docker-compose.yml"))) {
            return new Yaml().load(in);
        }
        catch (IOException ex) {
            throw new IllegalStateException("docker-compose.yml must exist at the project root", ex);
        }
    }
}
