package io.insidergraph.cli;

import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --name=value} arguments a command passes on to Spring (server.port, insidergraph.data-dir,
 * spring.neo4j.uri, ...). Anything else that picocli did not recognise is a usage error.
 */
final class SpringProperties {

    private SpringProperties() {
    }

    static String[] toArgs(CommandSpec spec, List<String> unmatched) {
        for (var argument : unmatched) {
            if (!argument.matches("--[A-Za-z][\\w.\\-\\[\\]]*=.*")) {
                throw new ParameterException(spec.commandLine(), "Unknown option or argument: '" + argument
                        + "' (Spring properties take the form --name=value)");
            }
        }
        return unmatched.toArray(String[]::new);
    }
}
