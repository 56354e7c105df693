package io.insidergraph.bench;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.xml.sax.helpers.DefaultHandler;

import io.insidergraph.filing.FilingParseException;
import io.insidergraph.filing.FilingParser;
import io.insidergraph.filing.OwnershipFiling;

/**
 * The filing parser's throughput on one thread over the whole corpus (the 424 well-formed files of
 * {@code corpus/MANIFEST.tsv} in test resources), next to a bare JDK SAX pass over the same XML.
 * <p>
 * "The same bytes": the parser gets each file's raw bytes as stored (SGML header, other documents, envelope and
 * all), because finding the XML is part of its work. The SAX pass gets only each file's ownership XML, cut out once
 * at setup ({@link BenchCorpus}). It uses {@link SAXParserFactory#newDefaultInstance()} with default settings and a
 * no-op {@link DefaultHandler}, reusing one parser, so it does the least work any XML read of these filings can do.
 * Both are measured as filings per second; {@link #main} runs both in one JMH run and prints the ratio.
 * <p>
 * {@code ./mvnw -Pbench -DskipTests verify -Dbench.args="ParserBenchmark"} runs it through JMH's own main;
 * {@code ./mvnw -Pbench -DskipTests verify -Dbench.main=io.insidergraph.bench.ParserBenchmark} also prints the ratio.
 * The fork starts with a 2 GB heap (the bench profile gives it 4 GB at most): while G1 is still growing the heap, the
 * parser, which allocates a JDOM tree per filing and the SAX pass does not, runs at half speed for half a minute.
 * On a busy shared machine JMH's wall-clock scores swing with other processes; {@link ParserVsSaxBench} alternates
 * the two passes and also reports thread CPU time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xms2g")
public class ParserBenchmark {

    static final int FILINGS = BenchCorpus.FILINGS;

    private final FilingParser parser = new FilingParser();
    private final DefaultHandler noOp = new DefaultHandler();
    private List<String> names;
    private List<byte[]> files;
    private List<byte[]> xmlParts;
    private SAXParser sax;

    @Setup
    public void load() throws Exception {
        var corpus = BenchCorpus.load();
        names = corpus.names();
        files = corpus.files();
        xmlParts = corpus.xmlParts();
        sax = SAXParserFactory.newDefaultInstance().newSAXParser();
    }

    @Benchmark
    @OperationsPerInvocation(FILINGS)
    public void filingParser(Blackhole blackhole) throws FilingParseException {
        for (int i = 0; i < FILINGS; i++) {
            OwnershipFiling filing = parser.parse(names.get(i), files.get(i));
            blackhole.consume(filing);
        }
    }

    @Benchmark
    @OperationsPerInvocation(FILINGS)
    public void bareSax() throws Exception {
        for (int i = 0; i < FILINGS; i++) {
            byte[] xml = xmlParts.get(i);
            sax.parse(new ByteArrayInputStream(xml), noOp);
        }
    }

    public static void main(String[] args) throws Exception {
        var options = new OptionsBuilder().include(ParserBenchmark.class.getSimpleName()).build();
        double parser = 0;
        double sax = 0;
        for (RunResult result : new Runner(options).run()) {
            double score = result.getPrimaryResult().getScore();
            if (result.getParams().getBenchmark().endsWith("filingParser")) {
                parser = score;
            } else {
                sax = score;
            }
        }
        System.out.printf("%nfilingParser %.0f filings/s, bareSax %.0f filings/s, ratio %.2f%n", parser, sax,
                parser / sax);
    }
}
