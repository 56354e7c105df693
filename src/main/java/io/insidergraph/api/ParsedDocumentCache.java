package io.insidergraph.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Keeps the parsed and validated form of the most used query texts (a Caffeine cache of 1,000), so a front end that
 * sends the same few queries with new variables skips parsing and validation (a good part of GraphQL's own cost per
 * request). Only valid documents are kept; the depth and complexity limits are checked at execution, so they still
 * apply.
 */
@Component
class ParsedDocumentCache implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    private static final int CAPACITY = 1000;

    private final Cache<String, PreparsedDocumentEntry> entries = Caffeine.newBuilder().maximumSize(CAPACITY).build();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        var cached = entries.getIfPresent(input.getQuery());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        var entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            entries.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }
}
