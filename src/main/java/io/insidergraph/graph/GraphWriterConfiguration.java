package io.insidergraph.graph;

import io.insidergraph.neo4j.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the writer ({@code insidergraph.ingest.writer}): {@code auto} (the default) writes through the embedded
 * database's Java API when the database is embedded and through Cypher over Bolt otherwise; {@code cypher} always
 * uses the Cypher statements. Either way {@link GraphVersion} hears of every batch that wrote something.
 */
@Configuration(proxyBeanMethods = false)
class GraphWriterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GraphWriterConfiguration.class);

    @Bean
    GraphWriter graphWriter(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded,
            @Value("${insidergraph.ingest.writer:auto}") String mode, GraphVersion version) {
        return version.observing(writer(driver, embedded, mode));
    }

    private static GraphWriter writer(Driver driver, ObjectProvider<EmbeddedNeo4j> embedded, String mode) {
        var local = embedded.getIfAvailable();
        if (!mode.equals("auto") && !mode.equals("cypher")) {
            throw new IllegalArgumentException("insidergraph.ingest.writer must be auto or cypher, not " + mode);
        }
        if (local != null && mode.equals("auto")) {
            log.debug("Ingest writes through the embedded database's Java API");
            return new EmbeddedGraphWriter(local.database());
        }
        log.debug("Ingest writes Cypher statements through the driver");
        return new CypherGraphWriter(driver);
    }
}
