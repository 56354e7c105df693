package io.insidergraph.api;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import org.jspecify.annotations.Nullable;

/**
 * graphql-java's depth and complexity limits, checked before an operation runs, with messages that name the setting
 * and with introspection left alone (GraphiQL's schema query is deep by nature and reads nothing from the graph).
 * Both walk the operation with the request's variables, so fields that {@code @include(if: $x)} adds count for the
 * requests that include them.
 */
final class OperationLimits {

    private OperationLimits() {
    }

    /** {@code insidergraph.limits.max-depth}: fields from the root to the deepest one. */
    static final class Depth extends MaxQueryDepthInstrumentation {

        Depth(int maxDepth) {
            super(maxDepth);
        }

        @Override
        public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            return isIntrospection(parameters.getExecutionContext()) ? null
                    : super.beginExecuteOperation(parameters, state);
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return new AbortExecutionException("Query too deep: depth " + depth + " exceeds the maximum query depth "
                    + maxDepth + " (insidergraph.limits.max-depth)");
        }
    }

    /** {@code insidergraph.limits.max-complexity}: the estimated work of the operation, by {@link QueryCost}. */
    static final class Complexity extends MaxQueryComplexityInstrumentation {

        Complexity(int maxComplexity) {
            super(maxComplexity, new QueryCost(maxComplexity));
        }

        @Override
        public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            return isIntrospection(parameters.getExecutionContext()) ? null
                    : super.beginExecuteOperation(parameters, state);
        }

        @Override
        protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
            return new AbortExecutionException("Query too complex: its cost, " + complexity + ", exceeds the maximum "
                    + "query cost " + maxComplexity + " (insidergraph.limits.max-complexity; a value costs 1, a field "
                    + "that reads the graph 10, a page its fields once per row of `first`, network and screen fields "
                    + "the work their arguments ask for)");
        }
    }

    /** An operation that asks only for {@code __schema}, {@code __type} or {@code __typename}. */
    static boolean isIntrospection(ExecutionContext context) {
        var selections = context.getOperationDefinition().getSelectionSet().getSelections();
        return !selections.isEmpty() && selections.stream()
                .allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
    }
}
