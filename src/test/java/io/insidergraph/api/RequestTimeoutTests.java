package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Mono;

/** A request that outlasts insidergraph.request-timeout answers with an error naming that limit. */
class RequestTimeoutTests {

    @Test
    void aRequestThatNeverAnswersIsStoppedWithAnErrorNamingTheLimit() {
        var request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
                new LinkedMultiValueMap<>(), Map.of(), Map.of("query", "{ stats { filings } }"), "1", Locale.ROOT);
        var response = new RequestTimeout(Duration.ofMillis(50)).intercept(request, next -> Mono.never())
                .block(Duration.ofSeconds(5));
        assertThat(response).isNotNull();
        assertThat(response.getErrors()).hasSize(1);
        assertThat(response.getErrors().getFirst().getMessage())
                .isEqualTo("Request stopped: it took longer than the request timeout of 50 ms "
                        + "(insidergraph.request-timeout)");
    }

    /** What lets ingestFiling leave a document unstored once its request has been answered as timed out. */
    @Test
    void theRequestsDeadlineIsHandedToTheControllers() {
        var request = new WebGraphQlRequest(URI.create("http://localhost/graphql"), new HttpHeaders(),
                new LinkedMultiValueMap<>(), Map.of(), Map.of("query", "mutation { x }"), "1", Locale.ROOT);
        var before = Instant.now();
        var seen = new AtomicReference<Instant>();

        new RequestTimeout(Duration.ofSeconds(30)).intercept(request, next -> {
            seen.set(next.toExecutionInput().getGraphQLContext().get(RequestTimeout.DEADLINE));
            return Mono.never();
        }).subscribe().dispose();

        assertThat(seen.get()).isBetween(before.plusSeconds(30), Instant.now().plusSeconds(30));
    }
}
