package io.insidergraph.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.insidergraph.ingest.IngestService;
import org.junit.jupiter.api.Test;

/** Without insidergraph.api-key the mutation is off for everyone, whatever key a caller sends. */
class IngestControllerTests {

    @Test
    void disabledWhenNoKeyIsConfigured() {
        var ingest = mock(IngestService.class);
        var controller = new IngestController(ingest, new ApiKey(""));
        for (var given : new String[] {null, "", "anything"}) {
            assertThatThrownBy(() -> controller.ingestFiling("<x/>", given, null))
                    .isInstanceOf(IngestController.AccessDeniedException.class)
                    .hasMessage("ingestFiling is disabled: set insidergraph.api-key");
        }
        verifyNoInteractions(ingest);
    }
}
