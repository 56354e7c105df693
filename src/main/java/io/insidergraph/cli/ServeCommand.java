package io.insidergraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Stack;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import io.insidergraph.ingest.IngestService;
import io.insidergraph.neo4j.EmbeddedNeo4j.DataFolderInUseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--ingest", arity = "1..*", paramLabel = "PATH", parameterConsumer = PathsUntilNextOption.class,
            description = "files, folders or archives to ingest once the server is up (no samples then)")
    List<Path> ingest = new ArrayList<>();

    @Unmatched
    List<String> springProperties = new ArrayList<>();

    /** The running application, once started. */
    @Nullable ConfigurableApplicationContext context;

    ServeCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        var args = SpringProperties.toArgs(spec, springProperties);
        if (!ingest.isEmpty()) {
            args = Stream.concat(Stream.of("--insidergraph.samples=false"), Arrays.stream(args)).toArray(String[]::new);
        }
        try {
            context = new SpringApplicationBuilder(application)
                    .main(application)
                    .web(WebApplicationType.SERVLET)
                    .run(args);
        }
        catch (RuntimeException ex) {
            if (DataFolderInUseException.in(ex).isPresent()) { // said already, in one line
                return 1;
            }
            throw ex;
        }
        if (!ingest.isEmpty()) {
            var service = context.getBean(IngestService.class);
            log.info("Ingesting {} in the background; queries see each batch as it is stored", ingest);
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

    /** Takes the paths after {@code --ingest} up to the next option, so Spring properties may follow them. */
    static final class PathsUntilNextOption implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            List<Path> paths = argSpec.getValue();
            int before = paths.size();
            while (!args.isEmpty() && !args.peek().startsWith("-")) {
                paths.add(Path.of(args.pop()));
            }
            if (paths.size() == before) {
                throw new ParameterException(commandSpec.commandLine(), "--ingest needs at least one PATH");
            }
        }
    }
}
