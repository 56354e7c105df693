package io.insidergraph.api;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.insidergraph.graph.GraphReads;
import io.insidergraph.graph.GraphStoreUnavailableException;
import io.insidergraph.graph.GraphReadException;
import io.insidergraph.graph.GraphWriteException;
import io.insidergraph.graph.InvalidQueryException;
import io.insidergraph.graph.ReadsBusyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Turns what can go wrong in a data fetcher into a GraphQL error that says what was wrong, never a stack trace:
 * bad arguments become BAD_REQUEST with the argument's name and bound, a read that ran out of time says which limit
 * stopped it. Anything else stays Spring's INTERNAL_ERROR (with an id to find the cause in the log).
 */
@ControllerAdvice
class ErrorHandlers {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandlers.class);

    /** A read refused because the server already runs as many of its kind as it may; it may succeed later. */
    static final ErrorClassification TOO_MANY_REQUESTS = ErrorClassification.errorClassification("TOO_MANY_REQUESTS");

    private final GraphReads reads;

    ErrorHandlers(GraphReads reads) {
        this.reads = reads;
    }

    @GraphQlExceptionHandler
    GraphQLError badArgument(BadArgumentException ex, DataFetchingEnvironment env) {
        return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
    }

    @GraphQlExceptionHandler
    GraphQLError invalidQuery(InvalidQueryException ex, DataFetchingEnvironment env) {
        return error(env, ErrorType.BAD_REQUEST, ex.getMessage());
    }

    @GraphQlExceptionHandler
    GraphQLError forbidden(IngestController.AccessDeniedException ex, DataFetchingEnvironment env) {
        return error(env, ErrorType.FORBIDDEN, ex.getMessage());
    }

    @GraphQlExceptionHandler({ExpensiveReads.BusyException.class, ReadsBusyException.class})
    GraphQLError busy(RuntimeException ex, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env).errorType(TOO_MANY_REQUESTS).message(ex.getMessage()).build();
    }

    @GraphQlExceptionHandler
    GraphQLError database(GraphReadException ex, DataFetchingEnvironment env) {
        if (ex.timedOut()) {
            return error(env, ErrorType.INTERNAL_ERROR, "Query stopped: it ran longer than the query timeout of "
                    + reads.timeout().toMillis() + " ms (insidergraph.query-timeout)");
        }
        // RequestLog writes one line for the request, however many of its fields failed; the cause at debug level
        log.debug("Database error in {}", env.getExecutionStepInfo().getPath(), ex);
        return error(env, ErrorType.INTERNAL_ERROR, "The database could not answer (" + ex.code() + ")");
    }

    @GraphQlExceptionHandler
    GraphQLError write(GraphWriteException ex, DataFetchingEnvironment env) {
        if (ex instanceof GraphStoreUnavailableException) {
            log.error("{} failed: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
            return error(env, ErrorType.INTERNAL_ERROR, "The database is unavailable; nothing was stored");
        }
        log.error("Database refused a write in {}", env.getExecutionStepInfo().getPath(), ex);
        return error(env, ErrorType.INTERNAL_ERROR,
                "The database refused to store the filing (the server log says why)");
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message) {
        return GraphqlErrorBuilder.newError(env).errorType(type).message(message).build();
    }
}
