package io.insidergraph.api;

import graphql.execution.instrumentation.Instrumentation;
import io.insidergraph.graph.TenureSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The GraphQL runtime: the Date scalar and the depth and complexity limits (Boot adds every Instrumentation bean
 * to graphql-java).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({Limits.class, TenureSettings.class})
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer dateScalar() {
        return wiring -> wiring.scalar(DateScalar.DATE);
    }

    @Bean
    Instrumentation queryLimits(Limits limits) {
        return new QueryLimits(limits);
    }
}
