package io.insidergraph.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.insidergraph.filing.FilingParseException;
import io.insidergraph.ingest.IngestService;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The one write of the API: {@code ingestFiling} stores a submitted document, for holders of the API key
 * ({@code insidergraph.api-key}, sent as the {@code X-API-Key} header); without a configured key it is off. A parse
 * error is an answer, not a failure: it comes back in {@code IngestResult.error}. A document whose request timed
 * out ({@link RequestTimeout}) before it was stored is not stored afterwards.
 */
@Controller
class IngestController {

    private final IngestService ingest;
    private final ApiKey apiKey;

    IngestController(IngestService ingest, ApiKey apiKey) {
        this.ingest = ingest;
        this.apiKey = apiKey;
    }

    record IngestResult(@Nullable String accessionNumber, boolean alreadyStored, @Nullable String error,
            @Nullable String conflict) {
    }

    @MutationMapping
    IngestResult ingestFiling(@Argument String document,
            @ContextValue(name = ApiKeyInterceptor.API_KEY, required = false) @Nullable String givenKey,
            @ContextValue(name = RequestTimeout.DEADLINE, required = false) @Nullable Instant deadline) {
        if (!apiKey.configured()) {
            throw new AccessDeniedException("ingestFiling is disabled: set insidergraph.api-key");
        }
        if (!apiKey.matches(givenKey)) {
            throw new AccessDeniedException("ingestFiling needs a valid API key in the X-API-Key header");
        }
        try {
            var stored = ingest.ingestDocument("ingestFiling", document.getBytes(StandardCharsets.UTF_8),
                    deadline == null ? Instant.MAX : deadline);
            return new IngestResult(stored.accessionNumber(), stored.alreadyStored(), null, stored.conflict());
        }
        catch (FilingParseException ex) {
            return new IngestResult(null, false, ex.getMessage(), null);
        }
    }

    /** The caller may not use ingestFiling; the message says why. */
    static class AccessDeniedException extends RuntimeException {

        AccessDeniedException(String message) {
            super(message);
        }
    }
}
