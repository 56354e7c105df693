package io.insidergraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Serves the GraphQL API (and GraphiQL) over the graph; keeps running until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve GraphQL at /graphql and GraphiQL at /graphiql (the default command).")
final class ServeCommand implements Callable<Integer> {

    private final Class<?> application;

    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> springProperties = new ArrayList<>();

    ServeCommand(Class<?> application) {
        this.application = application;
    }

    @Override
    public Integer call() {
        var args = SpringProperties.toArgs(spec, springProperties);
        new SpringApplicationBuilder(application)
                .main(application)
                .web(WebApplicationType.SERVLET)
                .run(args);
        return 0;
    }
}
