package io.insidergraph.api;

import java.util.Optional;

import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;

/** What kind of operation a request runs, read before it runs (for rules that depend on it: GET, cross-origin). */
final class Operations {

    private Operations() {
    }

    /**
     * The kind of the operation named {@code operationName} (or the first), if the document parses; if it does not,
     * empty, and the GraphQL handler answers with the syntax error as usual.
     */
    static Optional<OperationDefinition.Operation> kind(String document, @Nullable String operationName) {
        try {
            return Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(op -> operationName == null || operationName.equals(op.getName()))
                    .map(OperationDefinition::getOperation).findFirst();
        }
        catch (InvalidSyntaxException ex) {
            return Optional.empty();
        }
    }
}
