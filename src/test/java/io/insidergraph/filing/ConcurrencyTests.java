package io.insidergraph.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** One shared parser, many threads: every result equals the one a single thread gets. */
class ConcurrencyTests {

    @Test
    void aSharedParserGivesTheSameRecordsOnEveryThread() throws Exception {
        var parser = new FilingParser();
        List<Corpus.Entry> entries = CorpusTests.wellFormed().toList();
        var expected = new ArrayList<OwnershipFiling>();
        for (Corpus.Entry entry : entries) {
            expected.add(parser.parse(entry.source(), Corpus.filing(entry.file())));
        }

        var tasks = new ArrayList<Callable<List<OwnershipFiling>>>();
        for (int t = 0; t < 4; t++) {
            int shift = t * 97;
            tasks.add(() -> {
                var results = new ArrayList<OwnershipFiling>();
                for (int i = 0; i < entries.size(); i++) {
                    Corpus.Entry entry = entries.get((i + shift) % entries.size());
                    results.add(parser.parse(entry.source(), Corpus.filing(entry.file())));
                }
                return results;
            });
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<OwnershipFiling>>> futures = pool.invokeAll(tasks);
            for (int t = 0; t < futures.size(); t++) {
                List<OwnershipFiling> results = futures.get(t).get();
                for (int i = 0; i < entries.size(); i++) {
                    assertThat(results.get(i)).isEqualTo(expected.get((i + t * 97) % entries.size()));
                }
            }
        }
    }
}
