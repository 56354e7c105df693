package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

/** Which database errors are the query timeout (reported as such) and which are not. */
class ErrorHandlersTests {

    @Test
    void transactionTimeoutCodesAreTimeouts() {
        assertThat(ErrorHandlers.isTimeout(new ClientException(
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out"))).isTrue();
        assertThat(ErrorHandlers.isTimeout(new TransientException(
                "Neo.TransientError.Transaction.TransactionTimedOut", "timed out"))).isTrue();
        assertThat(ErrorHandlers.isTimeout(new ClientException(
                "Neo.ClientError.Statement.SyntaxError", "bad"))).isFalse();
    }
}
