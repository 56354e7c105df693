package io.insidergraph.graph;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs read statements in read transactions (routed to readers on a cluster) with a time limit, so no query can
 * hold the database longer than {@code insidergraph.query-timeout}.
 */
@Component
public class GraphReads {

    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

    private final Driver driver;
    private final TransactionConfig transactionConfig;

    GraphReads(Driver driver, @Value("${insidergraph.query-timeout:10s}") Duration timeout) {
        this.driver = driver;
        this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
    }

    public <T> T read(String statement, Map<String, ?> parameters, Function<Result, T> mapper) {
        try (var session = driver.session(READ)) {
            return session.executeRead(tx -> mapper.apply(tx.run(statement, Map.copyOf(parameters))),
                    transactionConfig);
        }
    }
}
