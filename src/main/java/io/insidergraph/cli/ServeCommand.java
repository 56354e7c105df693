package io.insidergraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.insidergraph.ingest.IngestService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Serves the GraphQL API (and GraphiQL) over the graph; keeps running until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve GraphQL at /graphql and GraphiQL at /graphiql (the default command).")
final class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    private final Class<?> application;

    @Spec
    CommandSpec spec;

    @Option(names = "--ingest", arity = "1..*", paramLabel = "PATH",
            description = "files, folders or archives to ingest once the server is up (no samples then)")
    List<Path> ingest = new ArrayList<>();

    @Unmatched
    List<String> springProperties = new ArrayList<>();

    ServeCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        var args = SpringProperties.toArgs(spec, springProperties);
        if (!ingest.isEmpty()) {
            args = Stream.concat(Stream.of("--insidergraph.samples=false"), Arrays.stream(args)).toArray(String[]::new);
        }
        var context = new SpringApplicationBuilder(application)
                .main(application)
                .web(WebApplicationType.SERVLET)
                .run(args);
        if (!ingest.isEmpty()) {
            var service = context.getBean(IngestService.class);
            Thread.ofPlatform().name("serve-ingest").start(() -> {
                try {
                    service.ingest(ingest, null);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                catch (RuntimeException ex) {
                    log.error("Ingest failed: {}", ex.getMessage(), ex);
                }
            });
        }
        return 0;
    }
}
