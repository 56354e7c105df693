package io.insidergraph.api;

import java.util.Map;

import io.insidergraph.graph.GraphReads;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives each GraphQL request its own share of the read places ({@code insidergraph.max-concurrent-reads-per-request},
 * {@link GraphReads.RequestShare}): its statements, however many aliased fields ask for them, then wait behind one
 * another rather than ahead of every other request's, so a request of a thousand lookups slows itself, not a
 * client asking for one. The share goes into the request's GraphQL context, from which Spring for GraphQL restores
 * it on each thread a data fetcher or batch loader of the request runs on.
 */
@Component
class RequestShares implements WebGraphQlInterceptor {

    private final GraphReads reads;

    RequestShares(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var share = reads.newRequestShare();
        request.configureExecutionInput((input, builder) -> builder
                .graphQLContext(Map.of(GraphReads.REQUEST_SHARE, share)).build());
        return chain.next(request);
    }
}
