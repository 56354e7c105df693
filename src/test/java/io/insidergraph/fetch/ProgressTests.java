package io.insidergraph.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;

class ProgressTests {

    @Test
    void theLineShowsFilesDoneOfTotalThenNewPresentFailedMegabytesAndRequestRate() {
        var tally = new Tally();
        tally.selected(10);
        for (int i = 0; i < 4; i++) {
            tally.downloaded(Path.of("new" + i));
        }
        tally.present(Path.of("old"));
        var lines = new ArrayList<String>();
        var progress = new Progress(tally, () -> 20, () -> 2_500_000, new DelegatingProgressBarConsumer(lines::add,
                160), false);
        assertThat(progress.extra(Duration.ofSeconds(2))).isEqualTo("(4 new, 1 present, 0 failed)  2.5 MB  10.0 req/s");
        progress.close();
        assertThat(lines).last().asString().startsWith("fetch  50%").contains(" 5/10 ")
                .contains("(4 new, 1 present, 0 failed)  2.5 MB  ");
    }
}
