package io.insidergraph.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Tells the user, once the server listens, where the API, the playground and the database are. */
@Component
class ReadyLog implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    private final Neo4jConnectionDetails neo4j;

    ReadyLog(Neo4jConnectionDetails neo4j) {
        this.neo4j = neo4j;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        int port = event.getWebServer().getPort();
        log.info("insidergraph ready: GraphQL at http://localhost:{}/graphql, GraphiQL at http://localhost:{}/graphiql,"
                + " Neo4j at {}", port, port, neo4j.getUri());
    }
}
