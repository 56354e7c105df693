package io.insidergraph.api;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import graphql.language.Field;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The GraphQL runtime: the Date scalar and the depth and complexity limits (Boot adds every Instrumentation bean
 * to graphql-java). Both limits leave introspection alone, since GraphiQL's schema query is deep by nature.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Limits.class)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer dateScalar() {
        return wiring -> wiring.scalar(DateScalar.DATE);
    }

    @Bean
    Instrumentation maxQueryDepth(Limits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return new AbortExecutionException("Query too deep: depth " + depth + " exceeds the maximum query depth "
                        + maxDepth + " (insidergraph.limits.max-depth)");
            }
        };
    }

    @Bean
    Instrumentation maxQueryComplexity(Limits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return isIntrospection(parameters) ? SimpleInstrumentationContext.noOp()
                        : super.beginExecuteOperation(parameters, state);
            }

            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return new AbortExecutionException("Query too complex: complexity " + complexity
                        + " exceeds the maximum query complexity " + maxComplexity
                        + " (insidergraph.limits.max-complexity; each selected field counts one)");
            }
        };
    }

    /** An operation that asks only for {@code __schema}, {@code __type} or {@code __typename}. */
    static boolean isIntrospection(InstrumentationExecuteOperationParameters parameters) {
        var selections = parameters.getExecutionContext().getOperationDefinition().getSelectionSet().getSelections();
        return !selections.isEmpty() && selections.stream()
                .allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
    }
}
