package io.insidergraph.api;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import io.insidergraph.graph.GraphVersion;
import io.insidergraph.network.NetworkSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Answers a repeated network query from the answer it got before, when the graph has not changed since: the
 * network service caches the network per arguments and graph version, but graphql-java still resolves every field
 * of its answer on each request, about 15,000 for a market's director network (0.47 s of a 0.49 s repeat in
 * {@code NetworkBench}). Kept: answers without errors to queries (never a mutation) that ask for
 * {@code boardNetwork} or {@code insiderNetwork}, keyed by the document, operation name, variables and
 * {@link GraphVersion}, as many as {@code insidergraph.network.cache-size}, for at most
 * {@code insidergraph.network.cache-ttl}. A kept answer had passed the cost and depth limits when it was first
 * computed, for the same document and variables.
 */
@Component
@Order(3)
class NetworkResponses implements WebGraphQlInterceptor {

    private static final Pattern NETWORK_FIELD = Pattern.compile("\\b(boardNetwork|insiderNetwork)\\b");
    private static final Pattern NOT_A_QUERY = Pattern.compile("\\b(mutation|subscription)\\b");

    private record Key(String document, @Nullable String operation, Map<String, Object> variables,
            GraphVersion.Version version) {
    }

    private final GraphVersion versions;
    private final Cache<Key, ExecutionResult> answers;

    NetworkResponses(GraphVersion versions, NetworkSettings settings) {
        this.versions = versions;
        this.answers = Caffeine.newBuilder().maximumSize(settings.cacheSize())
                .expireAfterWrite(settings.cacheTtl()).build();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        var document = request.getDocument();
        if (!NETWORK_FIELD.matcher(document).find() || NOT_A_QUERY.matcher(document).find()) {
            return chain.next(request);
        }
        // a copy, not Map.copyOf: variables may be null ("asOf": null)
        var key = new Key(document, request.getOperationName(), new HashMap<>(request.getVariables()),
                versions.current());
        var kept = answers.getIfPresent(key);
        if (kept != null) {
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
                    kept)));
        }
        return chain.next(request).doOnNext(response -> {
            if (response.isValid() && response.getErrors().isEmpty()) {
                answers.put(key, response.getExecutionResult());
            }
        });
    }
}
