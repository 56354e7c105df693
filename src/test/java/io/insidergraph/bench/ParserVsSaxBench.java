package io.insidergraph.bench;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.helpers.DefaultHandler;

import io.insidergraph.filing.FilingParser;

/**
 * The same comparison as {@link ParserBenchmark}, made robust to a shared, busy machine: the two passes over the
 * corpus alternate, round after round, so load that comes and goes hits both alike, and each pass is timed both on
 * the wall clock and in the thread's own CPU time, which other processes do not inflate. Prints the median of each
 * and the ratios. {@code ./mvnw -Pbench -DskipTests verify -Dbench.main=io.insidergraph.bench.ParserVsSaxBench
 * -Dbench.args="ROUNDS"} (default 100 rounds after 20 s of warm-up).
 */
public final class ParserVsSaxBench {

    private static final long WARM_UP_NANOS = 20_000_000_000L;

    private ParserVsSaxBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        var corpus = BenchCorpus.load();
        var parser = new FilingParser();
        SAXParser sax = SAXParserFactory.newDefaultInstance().newSAXParser();
        var noOp = new DefaultHandler();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<byte[]> files = corpus.files();
        List<byte[]> xml = corpus.xmlParts();
        List<String> names = corpus.names();

        Pass parserPass = () -> {
            for (int i = 0; i < files.size(); i++) {
                parser.parse(names.get(i), files.get(i));
            }
        };
        Pass saxPass = () -> {
            for (byte[] part : xml) {
                sax.parse(new ByteArrayInputStream(part), noOp);
            }
        };
        // the parser's larger methods reach their final compiled form late, later still on a busy machine
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            parserPass.run();
            saxPass.run();
        }
        long[][] parserTimes = new long[2][rounds];
        long[][] saxTimes = new long[2][rounds];
        for (int r = 0; r < rounds; r++) {
            time(parserPass, threads, parserTimes, r);
            time(saxPass, threads, saxTimes, r);
        }
        double parserWall = rate(parserTimes[0]);
        double saxWall = rate(saxTimes[0]);
        double parserCpu = rate(parserTimes[1]);
        double saxCpu = rate(saxTimes[1]);
        System.out.printf("%d filings, %d alternating rounds, medians on one thread:%n", files.size(), rounds);
        System.out.printf("  wall clock: filingParser %.0f filings/s, bareSax %.0f filings/s, ratio %.2f%n",
                parserWall, saxWall, parserWall / saxWall);
        System.out.printf("  thread CPU: filingParser %.0f filings/s, bareSax %.0f filings/s, ratio %.2f%n",
                parserCpu, saxCpu, parserCpu / saxCpu);
    }

    private interface Pass {
        void run() throws Exception;
    }

    private static void time(Pass pass, ThreadMXBean threads, long[][] times, int round) throws Exception {
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        pass.run();
        times[1][round] = threads.getCurrentThreadCpuTime() - cpu;
        times[0][round] = System.nanoTime() - wall;
    }

    /** Filings per second from the median pass time. */
    private static double rate(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return BenchCorpus.FILINGS * 1e9 / sorted[sorted.length / 2];
    }
}
