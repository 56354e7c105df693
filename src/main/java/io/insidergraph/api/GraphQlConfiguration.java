package io.insidergraph.api;

import graphql.execution.instrumentation.Instrumentation;
import io.insidergraph.graph.TenureSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The GraphQL runtime: the Date scalar, and the depth, complexity and answer-size limits (Boot chains every
 * Instrumentation bean, in this order: the cheap checks before the operation runs, then the count as it runs).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({Limits.class, TenureSettings.class})
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer dateScalar() {
        return wiring -> wiring.scalar(DateScalar.DATE);
    }

    @Bean
    @Order(1)
    Instrumentation queryDepth(Limits limits) {
        return new OperationLimits.Depth(limits.maxDepth());
    }

    @Bean
    @Order(2)
    Instrumentation queryComplexity(Limits limits) {
        return new OperationLimits.Complexity(limits.maxComplexity());
    }

    @Bean
    @Order(3)
    Instrumentation answerSize(Limits limits) {
        return new QueryLimits(limits.maxResultFields());
    }
}
