package io.insidergraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class ProgressTests {

    @Test
    void theLineShowsFilesDoneOfTotalMegabytesRequestRateAndTimeLeft() {
        var tally = new Tally();
        tally.selected(10);
        for (int i = 0; i < 4; i++) {
            tally.downloaded(Path.of("new" + i));
        }
        tally.present(Path.of("old"));
        var terminal = new ByteArrayOutputStream();
        try (var progress = new Progress(tally, () -> 20, () -> 2_500_000, new PrintStream(terminal), true)) {
            assertThat(progress.line(Duration.ofSeconds(2))).isEqualTo("[############            ] 5/10 files "
                    + "(4 new, 1 present, 0 failed)  2.5 MB  10.0 req/s  ETA 0:02");
        }
        assertThat(terminal.toString()).as("redrawn in place, then left on its own line").startsWith("\r[")
                .endsWith(System.lineSeparator());
    }
}
