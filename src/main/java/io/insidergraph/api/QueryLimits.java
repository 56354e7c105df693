package io.insidergraph.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import org.jspecify.annotations.Nullable;

/**
 * The answer-size limit ({@code insidergraph.limits.max-result-fields}), which graphql-java does not have: depth and
 * complexity ({@link OperationLimits}) estimate a query before it runs, but a list without a size argument (the
 * insiders of a company, their positions, their co-insiders) can hold any number of rows, and nested, such lists
 * multiply. So the fields answered are counted as the operation runs, and it stops with one error once they pass
 * the limit.
 */
class QueryLimits extends SimplePerformantInstrumentation {

    /** The fields answered so far by one operation. */
    private static final class Answered implements InstrumentationState {
        private final AtomicInteger fields = new AtomicInteger();
        private final AtomicReference<AbortExecutionException> tooLarge = new AtomicReference<>();
    }

    private final int maxResultFields;

    QueryLimits(int maxResultFields) {
        this.maxResultFields = maxResultFields;
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
}
