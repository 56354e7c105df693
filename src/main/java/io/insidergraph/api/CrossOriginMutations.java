package io.insidergraph.api;

import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A mutation sent from another origin (its {@code Origin} header names another host than the request's) without the
 * {@code X-API-Key} header is refused before it runs, whatever the API key setting: CORS lets localhost front ends
 * read, and a page on any site must never be able to write through a visitor's browser.
 */
@Component
class CrossOriginMutations implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var origin = request.getHeaders().getOrigin();
        if (origin == null || sameOrigin(origin, request) || request.getHeaders().containsHeader("X-API-Key")
                || !isMutation(request)) {
            return chain.next(request);
        }
        var error = GraphqlErrorBuilder.newError().errorType(ErrorType.FORBIDDEN)
                .message("A mutation from another origin (" + origin + ") needs the X-API-Key header").build();
        var result = graphql.ExecutionResult.newExecutionResult().addError(error).build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
    }

    private static boolean sameOrigin(String origin, WebGraphQlRequest request) {
        var uri = request.getUri();
        var own = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        return origin.equalsIgnoreCase(own);
    }

    private static boolean isMutation(WebGraphQlRequest request) {
        return Operations.kind(request.getDocument(), request.getOperationName())
                .filter(kind -> kind == OperationDefinition.Operation.MUTATION).isPresent();
    }
}
