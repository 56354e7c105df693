package io.insidergraph.api;

/** An argument outside what the API accepts; the message names the argument, the bound and the value given. */
class BadArgumentException extends RuntimeException {

    BadArgumentException(String message) {
        super(message);
    }
}
