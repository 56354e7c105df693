package io.insidergraph.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Bounds a whole request ({@code insidergraph.request-timeout}, default 30 s): each read already stops after the
 * query timeout, but a request runs several, so the caller gets an answer that says which limit it met instead of
 * waiting for all of them. It logs one line; it is the outermost interceptor, so {@link RequestLog} inside it
 * does not log the same request again.
 */
@Component
@Order(1)
class RequestTimeout implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestTimeout.class);

    /** When the request times out, in the GraphQL context: a mutation does not store anything after it. */
    static final String DEADLINE = "requestDeadline";

    private final Duration timeout;

    RequestTimeout(@Value("${insidergraph.request-timeout:30s}") Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var deadline = Instant.now().plus(timeout);
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(DEADLINE, deadline))
                .build());
        return chain.next(request).timeout(timeout, Mono.fromSupplier(() -> timedOut(request)));
    }

    private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
        var message = "Request stopped: it took longer than the request timeout of " + timeout.toMillis()
                + " ms (insidergraph.request-timeout)";
        log.warn("GraphQL request from {}: {}", request.getRemoteAddress() == null ? "?"
                : request.getRemoteAddress().getAddress().getHostAddress(), message);
        var error = GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR).message(message).build();
        var result = ExecutionResult.newExecutionResult().addError(error).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
