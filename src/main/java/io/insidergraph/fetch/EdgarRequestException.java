package io.insidergraph.fetch;

/** A request that failed for good: not retryable, or still failing after the last try. Names the URL and why. */
final class EdgarRequestException extends RuntimeException {

    EdgarRequestException(String message) {
        super(message);
    }
}
