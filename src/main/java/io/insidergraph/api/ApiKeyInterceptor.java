package io.insidergraph.api;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Hands the {@code X-API-Key} header to the controllers through the GraphQL context. */
@Component
class ApiKeyInterceptor implements WebGraphQlInterceptor {

    static final String API_KEY = "apiKey";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var key = request.getHeaders().getFirst(ApiKey.HEADER);
        if (key != null) {
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(API_KEY, key)).build());
        }
        return chain.next(request);
    }
}
