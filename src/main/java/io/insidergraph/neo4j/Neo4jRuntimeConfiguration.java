package io.insidergraph.neo4j;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoServerConfigured.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedNeo4j embeddedNeo4j(InsidergraphProperties properties) {
            return EmbeddedNeo4j.start(properties.dataDir().resolve("neo4j"), properties.embedded());
        }

        @Bean
        Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j neo4j) {
            return new Neo4jConnectionDetails() {
                @Override
                public URI getUri() {
                    return neo4j.boltUri();
                }

                @Override
                public AuthToken getAuthToken() {
                    return AuthTokens.none();
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
