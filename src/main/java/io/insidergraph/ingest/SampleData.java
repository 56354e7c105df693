package io.insidergraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

import io.insidergraph.graph.StatsQueries;
import io.insidergraph.neo4j.InsidergraphProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On the first start of the server with an empty database, ingests the real filings shipped in {@code samples/}
 * (chosen so that they share directors), so a new user sees a network at once. Off with
 * {@code --insidergraph.samples=false}.
 */
@Component
@ConditionalOnWebApplication
class SampleData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleData.class);

    private final boolean enabled;
    private final StatsQueries stats;
    private final IngestService ingest;
    private final InsidergraphProperties properties;

    SampleData(@Value("${insidergraph.samples:true}") boolean enabled, StatsQueries stats, IngestService ingest,
            InsidergraphProperties properties) {
        this.enabled = enabled;
        this.stats = stats;
        this.ingest = ingest;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (!enabled || stats.stats().filings() > 0) {
            return;
        }
        var samples = resources();
        log.info("Empty database: ingesting {} sample filings (turn off with --insidergraph.samples=false)",
                samples.length);
        var summary = ingest.run(classpathSource(samples), IngestProgress.logLines(),
                properties.dataDir().resolve("rejects.tsv"));
        log.info("Samples: {}", summary.describe());
    }

    static Resource[] resources() {
        try {
            var found = new PathMatchingResourcePatternResolver().getResources("classpath*:samples/**/*.*");
            Arrays.sort(found, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return found;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list the samples on the classpath", ex);
        }
    }

    static DocumentSource classpathSource(Resource[] samples) {
        return visitor -> {
            for (var sample : samples) {
                try (var in = sample.getInputStream()) {
                    visitor.document(new InputDocument("samples/" + sample.getFilename(), in.readAllBytes()));
                }
                catch (IOException ex) {
                    visitor.unreadable("samples/" + sample.getFilename(), "cannot read: " + ex.getMessage());
                }
            }
        };
    }
}
