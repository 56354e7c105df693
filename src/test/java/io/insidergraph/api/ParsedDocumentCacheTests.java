package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.junit.jupiter.api.Test;

/** A valid document is parsed once however often its text comes; an invalid one is parsed again each time. */
class ParsedDocumentCacheTests {

    private final ParsedDocumentCache cache = new ParsedDocumentCache();
    private final AtomicInteger parsed = new AtomicInteger();

    @Test
    void aValidDocumentIsParsedOnce() {
        var first = get("{ stats { filings } }", true);
        var again = get("{ stats { filings } }", true);

        assertThat(parsed).hasValue(1);
        assertThat(again.getDocument()).isSameAs(first.getDocument());
    }

    @Test
    void anInvalidDocumentIsNotKept() {
        get("{ nope }", false);
        get("{ nope }", false);

        assertThat(parsed).hasValue(2);
    }

    private PreparsedDocumentEntry get(String query, boolean valid) {
        return cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), input -> {
            parsed.incrementAndGet();
            return valid ? new PreparsedDocumentEntry(Parser.parse(input.getQuery()))
                    : new PreparsedDocumentEntry(List.of(ValidationError.newValidationError()
                            .validationErrorType(ValidationErrorType.FieldUndefined).description("no field nope").build()));
        }).join();
    }
}
