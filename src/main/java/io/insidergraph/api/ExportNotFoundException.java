package io.insidergraph.api;

/** An export of something that is not there (a format, a company, a path); the message says what. */
class ExportNotFoundException extends RuntimeException {

    ExportNotFoundException(String message) {
        super(message);
    }
}
