package io.insidergraph.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
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
 * <p>
 * Depth and complexity count what a query selects, not how much it answers: a few fields of nested lists
 * (insiders of insiders' co-insiders, pages of 200 within pages of 200) can ask for millions of values. So the
 * fields answered are counted too, as the operation runs, and it stops with an error once they pass
 * {@code insidergraph.limits.max-result-fields}.
 */
class QueryLimits extends SimplePerformantInstrumentation {

    /** How deep and how large an operation is. */
    private record Measure(int depth, int complexity) {
    }

    /** The fields answered so far by one operation. */
    private static final class Answered implements InstrumentationState {
        private final AtomicInteger fields = new AtomicInteger();
        private final AtomicReference<AbortExecutionException> tooLarge = new AtomicReference<>();
    }

    private final int maxDepth;
    private final int maxComplexity;
    private final int maxResultFields;

    /** By document (identity; weak, so documents dropped from the parse cache go) and operation name. */
    private final Map<Document, Map<@Nullable String, Measure>> measured = Collections.synchronizedMap(
            new WeakHashMap<>());

    QueryLimits(Limits limits) {
        this.maxDepth = limits.maxDepth();
        this.maxComplexity = limits.maxComplexity();
        this.maxResultFields = limits.maxResultFields();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Answered();
    }

    @Override
    public @Nullable InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        if (state instanceof Answered answered && answered.fields.incrementAndGet() > maxResultFields) {
            // one instance per operation: graphql-java reports an abort once however many fields meet it
            answered.tooLarge.compareAndSet(null, new AbortExecutionException("Result too large: it would hold more "
                    + "than " + maxResultFields + " fields, the maximum result size "
                    + "(insidergraph.limits.max-result-fields); ask for smaller pages or fewer nested lists"));
            throw answered.tooLarge.get();
        }
        return null;
    }

    /** Fields met after the first abort abort too, each adding the same error: the answer says it once. */
    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (state instanceof Answered answered && answered.tooLarge.get() instanceof AbortExecutionException abort) {
            var errors = new ArrayList<GraphQLError>(List.of(abort));
            result.getErrors().stream().filter(error -> !abort.getMessage().equals(error.getMessage()))
                    .forEach(errors::add);
            return CompletableFuture.completedFuture(result.transform(answer -> answer.errors(errors)));
        }
        return CompletableFuture.completedFuture(result);
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
