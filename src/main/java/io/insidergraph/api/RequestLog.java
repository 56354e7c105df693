package io.insidergraph.api;

import java.util.Set;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One log line for a request that was refused or stopped (over a limit, too many expensive reads at once, a read
 * over its time limit), however many of its fields were: a request of 190 aliased fields used to write a stack trace
 * for each. Mistakes of the caller's own (a bad argument, an invalid query, no key) are answered, not logged.
 */
@Component
@Order(2)
class RequestLog implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    private static final Set<ErrorClassification> CALLERS_MISTAKES = Set.of(ErrorType.ValidationError,
            ErrorType.InvalidSyntax, org.springframework.graphql.execution.ErrorType.BAD_REQUEST,
            org.springframework.graphql.execution.ErrorType.FORBIDDEN,
            org.springframework.graphql.execution.ErrorType.UNAUTHORIZED,
            org.springframework.graphql.execution.ErrorType.NOT_FOUND);

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).doOnNext(response -> {
            var errors = response.getErrors();
            var first = errors.stream().filter(error -> !CALLERS_MISTAKES.contains(error.getErrorType())).findFirst();
            first.ifPresent(error -> log.warn("GraphQL request from {} answered with {} error(s), the first: {}{}",
                    request.getRemoteAddress() == null ? "?" : request.getRemoteAddress().getAddress().getHostAddress(),
                    errors.size(), error.getMessage(), path(error)));
        });
    }

    private static String path(org.springframework.graphql.ResponseError error) {
        return error.getParsedPath().isEmpty() ? "" : " (at " + error.getPath() + ")";
    }
}
