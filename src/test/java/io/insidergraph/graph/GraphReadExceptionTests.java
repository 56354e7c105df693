package io.insidergraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;

/** Which database errors are the query timeout (reported as such) and which are not. */
class GraphReadExceptionTests {

    @Test
    void transactionTimeoutCodesAreTimeouts() {
        assertThat(new GraphReadException(new ClientException(
                "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "timed out")).timedOut()).isTrue();
        assertThat(new GraphReadException(new TransientException(
                "Neo.TransientError.Transaction.TransactionTimedOut", "timed out")).timedOut()).isTrue();
        var syntax = new GraphReadException(new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"));
        assertThat(syntax.timedOut()).isFalse();
        assertThat(syntax.code()).isEqualTo("Neo.ClientError.Statement.SyntaxError");
    }

    @Test
    void aLostConnectionIsNoTimeout() {
        var lost = new GraphReadException(new ServiceUnavailableException("connection lost"));
        assertThat(lost.timedOut()).isFalse();
        assertThat(lost.getMessage()).isEqualTo("connection lost");
    }
}
