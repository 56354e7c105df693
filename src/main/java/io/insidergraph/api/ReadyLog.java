package io.insidergraph.api;

import io.insidergraph.graph.StatsQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Tells the user where the API, the playground and the database are, and how many filings the graph holds, once
 * the server is ready to answer: on {@link ApplicationReadyEvent}, which Boot publishes after every application
 * runner has finished, so after the samples of a first start are in (not when the port opens, which comes before).
 */
@Component
@ConditionalOnWebApplication
class ReadyLog implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    private final Neo4jConnectionDetails neo4j;
    private final StatsQueries stats;

    ReadyLog(Neo4jConnectionDetails neo4j, StatsQueries stats) {
        this.neo4j = neo4j;
        this.stats = stats;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        log.info("insidergraph ready with {} filings: GraphQL at http://localhost:{}/graphql, GraphiQL at "
                + "http://localhost:{}/graphiql, Neo4j at {}", "%,d".formatted(stats.stats().filings()), port, port,
                neo4j.getUri());
    }
}
