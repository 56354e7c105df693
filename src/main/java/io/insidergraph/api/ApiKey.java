package io.insidergraph.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The API key ({@code insidergraph.api-key}, sent as the {@code X-API-Key} header): its holder may use
 * {@code ingestFiling}, send bodies large enough for a filing and see the health details. Unset, nobody holds it.
 */
@Component
class ApiKey {

    static final String HEADER = "X-API-Key";

    private final byte @Nullable [] key;

    ApiKey(@Value("${insidergraph.api-key:}") String key) {
        this.key = key.isBlank() ? null : key.getBytes(StandardCharsets.UTF_8);
    }

    boolean configured() {
        return key != null;
    }

    /** Whether {@code given} is the key; in constant time, so the timing says nothing of how much of a guess was right. */
    boolean matches(@Nullable String given) {
        return key != null && given != null && MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8));
    }
}
