package io.insidergraph.api;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.jspecify.annotations.Nullable;

/**
 * The depth and complexity limits ({@code insidergraph.limits.max-depth}, {@code max-complexity}), checked before an
 * operation runs: depth counts the fields from the root to the deepest one, complexity every selected field but
 * {@code __typename}. Both are measured in one walk of the operation and remembered for a parsed document (the
 * {@link ParsedDocumentCache} hands out the same one for the same text), so a repeated query is not walked again;
 * a document with directives is walked every time, since {@code @skip(if: $x)} and {@code @include} make what is
 * selected depend on the variables. Introspection is left alone, since GraphiQL's schema query is deep by nature.
 */
class QueryLimits extends SimplePerformantInstrumentation {

    /** How deep and how large an operation is. */
    private record Measure(int depth, int complexity) {
    }

    private final int maxDepth;
    private final int maxComplexity;

    /** By document (identity; weak, so documents dropped from the parse cache go) and operation name. */
    private final Map<Document, Map<@Nullable String, Measure>> measured = Collections.synchronizedMap(
            new WeakHashMap<>());

    QueryLimits(Limits limits) {
        this.maxDepth = limits.maxDepth();
        this.maxComplexity = limits.maxComplexity();
    }

    @Override
    public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        if (isIntrospection(context)) {
            return null;
        }
        var measure = measure(context);
        if (measure.depth() > maxDepth) {
            throw new AbortExecutionException("Query too deep: depth " + measure.depth()
                    + " exceeds the maximum query depth " + maxDepth + " (insidergraph.limits.max-depth)");
        }
        if (measure.complexity() > maxComplexity) {
            throw new AbortExecutionException("Query too complex: complexity " + measure.complexity()
                    + " exceeds the maximum query complexity " + maxComplexity
                    + " (insidergraph.limits.max-complexity; each selected field counts one)");
        }
        return null;
    }

    private Measure measure(ExecutionContext context) {
        var document = context.getDocument();
        var operation = context.getExecutionInput().getOperationName();
        var known = measured.get(document);
        if (known != null && known.get(operation) instanceof Measure measure) {
            return measure;
        }
        var measure = walk(context);
        if (!hasConditions(document)) {
            synchronized (measured) {
                measured.computeIfAbsent(document, d -> new HashMap<>()).put(operation, measure);
            }
        }
        return measure;
    }

    private static Measure walk(ExecutionContext context) {
        var traverser = QueryTraverser.newQueryTraverser().schema(context.getGraphQLSchema())
                .document(context.getDocument()).operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables()).build();
        int[] depthAndComplexity = new int[2];
        traverser.visitPreOrder(new QueryVisitorStub() {
            @Override
            public void visitField(QueryVisitorFieldEnvironment field) {
                int depth = 1;
                for (var up = field.getParentEnvironment(); up != null; up = up.getParentEnvironment()) {
                    depth++;
                }
                depthAndComplexity[0] = Math.max(depthAndComplexity[0], depth);
                if (!field.isTypeNameIntrospectionField()) {
                    depthAndComplexity[1]++;
                }
            }
        });
        return new Measure(depthAndComplexity[0], depthAndComplexity[1]);
    }

    /** Whether the document has a directive, such as {@code @skip(if: $x)}, that may depend on variables. */
    private static boolean hasConditions(Document document) {
        boolean[] found = new boolean[1];
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitDirective(Directive node, TraverserContext<Node> context) {
                found[0] = true;
                return TraversalControl.QUIT;
            }
        }, document);
        return found[0];
    }

    /** An operation that asks only for {@code __schema}, {@code __type} or {@code __typename}. */
    static boolean isIntrospection(ExecutionContext context) {
        var selections = context.getOperationDefinition().getSelectionSet().getSelections();
        return !selections.isEmpty() && selections.stream()
                .allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
    }
}
