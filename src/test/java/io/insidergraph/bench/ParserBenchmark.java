package io.insidergraph.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 * at setup: the whole file for bare XML, the content of the {@code <XML>} block holding the ownershipDocument for
 * submissions, whitespace trimmed. It uses {@link SAXParserFactory#newDefaultInstance()} with default settings and a
 * no-op {@link DefaultHandler}, reusing one parser, so it does the least work any XML read of these filings can do.
 * Both are measured as filings per second; {@link #main} runs both in one JMH run and prints the ratio.
 * <p>
 * {@code ./mvnw -Pbench -DskipTests verify -Dbench.args="ParserBenchmark"} runs it through JMH's own main;
 * {@code ./mvnw -Pbench -DskipTests verify -Dbench.main=io.insidergraph.bench.ParserBenchmark} also prints the ratio.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParserBenchmark {

    /** The well-formed files of the manifest; checked at setup. */
    static final int FILINGS = 424;

    private final List<String> names = new ArrayList<>();
    private final List<byte[]> files = new ArrayList<>();
    private final List<byte[]> xmlParts = new ArrayList<>();
    private final FilingParser parser = new FilingParser();
    private final DefaultHandler noOp = new DefaultHandler();
    private SAXParser sax;

    @Setup
    public void load() throws Exception {
        List<String> manifest = new String(resource("corpus/MANIFEST.tsv"), StandardCharsets.UTF_8).lines().toList();
        for (String line : manifest.subList(1, manifest.size())) {
            String[] columns = line.split("\t", -1);
            if (columns[16].contains("not-wellformed")) {
                continue;
            }
            byte[] content = resource("corpus/filings/" + columns[0]);
            names.add(columns[0]);
            files.add(content);
            xmlParts.add(xmlPart(content));
        }
        if (files.size() != FILINGS) {
            throw new IllegalStateException("expected " + FILINGS + " filings, found " + files.size());
        }
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

    private static byte[] xmlPart(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        int root = text.indexOf("<ownershipDocument");
        int open = text.lastIndexOf("<XML>", root);
        if (open < 0) {
            return text.strip().getBytes(StandardCharsets.ISO_8859_1);
        }
        int close = text.indexOf("</XML>", root);
        return text.substring(open + "<XML>".length(), close).strip().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] resource(String path) {
        try (InputStream in = ParserBenchmark.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
