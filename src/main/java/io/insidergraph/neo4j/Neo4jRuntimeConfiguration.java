package io.insidergraph.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Chooses the database: the embedded Neo4j unless {@code spring.neo4j.uri} names a server. Boot's own
 * auto-configuration builds the driver from whichever {@link Neo4jConnectionDetails} results, so everything above
 * this package is the same in both cases.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InsidergraphProperties.class)
class Neo4jRuntimeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(Neo4jRuntimeConfiguration.class);
    private static final URI NO_BOLT = URI.create("bolt://127.0.0.1:0");

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoServerConfigured.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedNeo4j embeddedNeo4j(InsidergraphProperties properties,
                @Value("${insidergraph.ingest.writer:auto}") String writer) {
            var settings = properties.embedded();
            if (!settings.bolt() && writer.equals("cypher")) {
                // the Cypher writer speaks Bolt: a free port, so that it still cannot collide with a running serve
                settings = new InsidergraphProperties.Embedded(true, 0, settings.boltAuth(), settings.boltPassword(),
                        settings.pageCache(), settings.heapTransactionMemory());
            }
            return EmbeddedNeo4j.start(properties.dataDir().resolve("neo4j"), settings);
        }

        /**
         * The driver's way in. Without Bolt (ingest) the driver beans are still built, since the API's read beans
         * are part of every context, but nothing of an ingest run uses them: the schema and the writer go through
         * the Java API. Their URI then names no port at all, so that a stray use fails at once rather than reaching
         * whatever listens on 7687.
         */
        @Bean
        Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j neo4j) {
            return new Neo4jConnectionDetails() {
                @Override
                public URI getUri() {
                    return neo4j.bolt().orElse(NO_BOLT);
                }

                @Override
                public AuthToken getAuthToken() {
                    return neo4j.authToken();
                }
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(ServerConfigured.class)
    static class External {

        External(Environment environment) {
            log.info("Using the Neo4j server at {} (spring.neo4j.uri); no embedded database started",
                    environment.getProperty("spring.neo4j.uri"));
        }
    }

    static boolean serverConfigured(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.neo4j.uri"));
    }

    static final class ServerConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return serverConfigured(context.getEnvironment());
        }
    }

    static final class NoServerConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !serverConfigured(context.getEnvironment());
        }
    }
}
