package io.insidergraph.bench;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

import io.insidergraph.filing.FilingParseException;
import io.insidergraph.filing.FilingParser;

/**
 * How the parse of a hostile value scales with its length (issue 12: 1 MB of digits in a
 * {@code <transactionShares><value>} took 12 s, 10 MB did not finish in 10 minutes). Parses a real Form 4
 * ({@code corpus/filings/joeychilson__edgar-parser/form4.xml}) as filed, then with its first shares value replaced by
 * 1 MB and 10 MB of nines, and prints the median time of each, the 10 MB / 1 MB ratio (about 10 when linear, 100 when
 * quadratic) and each against the filing as filed. For contrast it also times {@code new BigDecimal(String)}, the
 * step that was quadratic, on 100,000 and 200,000 digits (a ratio near 4).
 * <p>
 * {@code ./mvnw -Pbench -DskipTests verify -Dbench.main=io.insidergraph.bench.HostileValueBench}; about a minute.
 * Times are thread CPU time, so other processes on a shared machine move them less; note {@code uptime} beside them.
 */
public final class HostileValueBench {

    private static final String FORM4 = "corpus/filings/joeychilson__edgar-parser/form4.xml";
    private static final String SHARES = "<value>21955.333</value>";
    private static final int RUNS = 15;

    private HostileValueBench() {
    }

    public static void main(String[] args) {
        String filing = new String(BenchCorpus.resource(FORM4), StandardCharsets.UTF_8);
        var parser = new FilingParser();
        byte[] asFiled = filing.getBytes(StandardCharsets.UTF_8);
        byte[] oneMb = withShares(filing, 1_000_000);
        byte[] tenMb = withShares(filing, 10_000_000);

        double baseline = median(() -> parse(parser, asFiled));
        double one = median(() -> parse(parser, oneMb));
        double ten = median(() -> parse(parser, tenMb));
        System.out.printf("form4.xml as filed        %10.3f ms%n", baseline);
        System.out.printf("1 MB of nines in shares   %10.3f ms  (%.0f x as filed)%n", one, one / baseline);
        System.out.printf("10 MB of nines in shares  %10.3f ms  (%.0f x as filed)%n", ten, ten / baseline);
        System.out.printf("10 MB / 1 MB              %10.1f   (10 when linear, 100 when quadratic)%n", ten / one);

        String hundredK = "9".repeat(100_000);
        String twoHundredK = "9".repeat(200_000);
        double bigDecimal100k = median(() -> new BigDecimal(hundredK).signum());
        double bigDecimal200k = median(() -> new BigDecimal(twoHundredK).signum());
        System.out.printf("new BigDecimal, 100,000 digits %8.1f ms%n", bigDecimal100k);
        System.out.printf("new BigDecimal, 200,000 digits %8.1f ms  (ratio %.1f: quadratic, the step no longer taken)%n",
                bigDecimal200k, bigDecimal200k / bigDecimal100k);
    }

    private static byte[] withShares(String filing, int digits) {
        return filing.replace(SHARES, "<value>" + "9".repeat(digits) + "</value>").getBytes(StandardCharsets.UTF_8);
    }

    /** Parses, and tells whether the filing was rejected, so the work cannot be optimised away. */
    private static int parse(FilingParser parser, byte[] content) {
        try {
            return parser.parse("bench.xml", content).nonDerivativeTransactions().size();
        } catch (FilingParseException e) {
            return -1;
        }
    }

    /** Median thread CPU time of {@link #RUNS} runs after as many warm-up runs, in milliseconds. */
    private static double median(Supplier<Integer> work) {
        var threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < RUNS; i++) {
            sink += work.get();
        }
        var times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = threads.getCurrentThreadCpuTime();
            sink += work.get();
            times[i] = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        Arrays.sort(times);
        return times[RUNS / 2];
    }
}
