package io.insidergraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import io.insidergraph.neo4j.EmbeddedNeo4j;
import io.insidergraph.neo4j.InsidergraphProperties;
import io.insidergraph.neo4j.SchemaBootstrap;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.GraphDatabase;
import org.springframework.util.FileSystemUtils;

/**
 * How fast could any writer fill an empty store? The upper bound on this machine for a graph of the shape N filings
 * make: Neo4j's offline bulk importer ({@code neo4j-admin database import full}, run in-process through
 * {@code AdminTool}), which writes store files directly, without transactions, followed by the app's schema
 * ({@code SchemaBootstrap}: 8 uniqueness constraints, the range and full-text indexes of {@code cypher/schema/})
 * applied to the imported store, waiting until the indexes are populated.
 * <p>
 * The graph is generated as CSV (untimed) with, per filing, the numbers of nodes, relationships and properties of
 * each kind measured in the 100,805-filing graph of {@link GraphQlLatencyBench} (the corpus copied with fresh keys):
 * 5.40 transactions, 1.63 holdings, 6.19 footnotes, 15.8 FOOTNOTE edges and so on, with properties of the same
 * count and types. No parsing, no merging of repeated entities, no amendment links and no role-edge aggregation is
 * done or timed, so an importing ingest path could only be slower than this.
 * <p>
 * Usage: {@code ./mvnw -Pbench -DskipTests verify -Dbench.main=io.insidergraph.bench.OfflineImportCeilingBench
 * -Dbench.args="100805 /tmp/insidergraph-import"}.
 */
public final class OfflineImportCeilingBench {

    /** The 100,805-filing graph this shape was counted in. */
    private static final double MEASURED_FILINGS = 100_805;

    public static void main(String[] args) throws Exception {
        long filings = args.length > 0 ? Long.parseLong(args[0]) : 100_805;
        var work = Path.of(args.length > 1 ? args[1] : "/tmp/insidergraph-import");
        FileSystemUtils.deleteRecursively(work);
        var csv = Files.createDirectories(work.resolve("csv"));

        long started = System.nanoTime();
        var arguments = new Shape(filings, csv).write();
        System.out.printf("generated CSV for %,d filings in %.1f s (untimed)%n", filings, seconds(started));

        var home = work.resolve("home");
        Files.createDirectories(home.resolve("conf"));
        started = System.nanoTime();
        int exit = AdminTool.execute(new ExecutionContext(home, home.resolve("conf")), arguments.toArray(String[]::new));
        double importSeconds = seconds(started);
        if (exit != 0) {
            throw new IllegalStateException("neo4j-admin database import exited with " + exit);
        }
        double schemaSeconds = applySchema(home);
        double total = importSeconds + schemaSeconds;
        System.out.println();
        System.out.printf("offline import: %.1f s; schema and index population on the imported store: %.1f s%n",
                importSeconds, schemaSeconds);
        System.out.printf("ceiling: %,d filings in %.1f s = %,.0f filings/s (import alone %,.0f filings/s), against a "
                + "target of 3,000 filings/s: %.2f of it%n", filings, total, filings / total, filings / importSeconds,
                filings / total / 3000);
    }

    /** Starts the embedded database on the imported store and applies the app's schema; seconds the schema took. */
    private static double applySchema(Path home) {
        try (var neo4j = EmbeddedNeo4j.start(home, InsidergraphProperties.Embedded.openOnAnyPort("1g", "2g"));
                var driver = GraphDatabase.driver(neo4j.boltUri())) {
            long started = System.nanoTime();
            SchemaBootstrap.apply(driver);
            return seconds(started);
        }
    }

    /** CSV files for the importer, sized for {@code filings}, and the import command line that reads them. */
    private record Shape(long filings, Path folder) {

        List<String> write() throws IOException {
            var command = new ArrayList<>(List.of("database", "import", "full", "neo4j", "--id-type=integer",
                    "--report-file=" + folder.resolveSibling("import.report"), "--threads="
                    + Runtime.getRuntime().availableProcessors()));
            long f = filings;
            long transactions = per(544_229);
            long holdings = per(164_479);
            long footnotes = per(623_719);
            long securities = per(51_776);
            long companies = per(27_919);
            long people = per(17_338);
            long entities = companies + people;
            command.add(nodes("Filing", "filings.csv", "id:ID(F),accessionNumber,formType,periodOfReport:date,"
                    + "issuerCik,issuerName,issuerTicker,schemaVersion,documentType,notSubjectToSection16:boolean,"
                    + "contentHash,remarks,signatureName,signatureDate:date,source", f, i -> i + ",0001"
                    + pad(i, 14) + ",4,2020-01-" + day(i) + "," + pad(i % companies, 10) + ",Company " + i % companies
                    + " Inc,TK" + i % companies + ",X0306,4,false," + Long.toHexString(i * 7919L) + "f00d,remarks "
                    + i + ",Jane Doe,2020-02-01,/data/f" + i + ".xml"));
            command.add(nodes("Transaction", "transactions.csv", "id:ID(T),accessionNumber,securityTitle,"
                    + "transactionDate:date,code,formType,equitySwap:boolean,shares:double,pricePerShare:double,"
                    + "acquiredDisposed,sharesOwnedAfter:double,directIndirect,value:double,issuerCik,"
                    + "derivative:boolean,nature,index:int,timeliness", transactions, i -> i + ",0001"
                    + pad(i % f, 14) + ",Common Stock,2020-01-" + day(i) + "," + "PSAM".charAt((int) (i % 4))
                    + ",4,false," + i % 1000 + ".5," + i % 97 + ".25,A," + i + ".0,D," + i * 3 + ".5,"
                    + pad(i % companies, 10) + ",false,By trust," + i % 7 + ",E"));
            command.add(nodes("Holding", "holdings.csv", "id:ID(H),accessionNumber,securityTitle,sharesOwned:double,"
                    + "directIndirect,nature,issuerCik,derivative:boolean,index:int,exercisePrice:double", holdings,
                    i -> i + ",0001" + pad(i % f, 14) + ",Common Stock," + i + ".0,I,By LLC," + pad(i % companies, 10)
                            + ",false," + i % 5 + ",1.5"));
            command.add(nodes("Footnote", "footnotes.csv", "id:ID(N),footnoteId,text", footnotes, i -> i + ",F" + i % 9
                    + ",\"The price reported is a weighted average of shares sold in multiple transactions " + i + ".\""));
            command.add(nodes("Security", "securities.csv", "id:ID(S),title,issuerCik,kind", securities,
                    i -> i + ",Security " + i + "," + pad(i % companies, 10) + ",equity"));
            command.add(nodes(null, "entities.csv", "id:ID(E),:LABEL,cik,name,displayName,ticker,street1,city,state,"
                    + "zip,names:string[],firstSeen:date,lastSeen:date", entities, i -> i + ","
                    + (i < companies ? "Entity;Company" : "Entity;Person") + "," + pad(i, 10) + ",Name " + i
                    + ",Name " + i + ",T" + i + ",1 Main St,Town,CA,94000,old " + i + ";older " + i
                    + ",2019-01-01,2024-01-01"));
            command.add(edges("REPORTS", "reports-transactions.csv", ":START_ID(F),:END_ID(T)", transactions,
                    i -> i % f + "," + i));
            command.add(edges("REPORTS", "reports-holdings.csv", ":START_ID(F),:END_ID(H)", holdings,
                    i -> i % f + "," + i));
            command.add(edges("OF", "of-transactions.csv", ":START_ID(T),:END_ID(S)", transactions,
                    i -> i + "," + i % securities));
            command.add(edges("OF", "of-holdings.csv", ":START_ID(H),:END_ID(S)", holdings,
                    i -> i + "," + i % securities));
            command.add(edges("FOOTNOTE", "footnote-refs.csv", ":START_ID(T),:END_ID(N),field", per(1_596_875),
                    i -> i % transactions + "," + i % footnotes + ",transactionPricePerShare"));
            command.add(edges("HAS_FOOTNOTE", "has-footnote.csv", ":START_ID(F),:END_ID(N)", footnotes,
                    i -> i % f + "," + i));
            command.add(edges("ISSUER", "issuer.csv", ":START_ID(F),:END_ID(E)", f, i -> i + "," + i % companies));
            command.add(edges("FILED", "filed.csv", ":START_ID(E),:END_ID(F),isDirector:boolean,isOfficer:boolean,"
                    + "isTenPercentOwner:boolean,isOther:boolean,officerTitle,otherText", per(111_629),
                    i -> companies + i % people + "," + i % f + ",true,false,false,false,CEO,"));
            command.add(edges(null, "roles.csv", ":START_ID(E),:END_ID(E),:TYPE,since:date,until:date,filings:int",
                    per(38_755), i -> companies + i % people + "," + i % companies + ",DIRECTOR_OF,2018-01-01,"
                            + "2024-01-01," + i % 9));
            command.add(edges("ISSUED", "issued.csv", ":START_ID(E),:END_ID(S)", securities,
                    i -> i % companies + "," + i));
            command.add(edges("UNDERLYING", "underlying.csv", ":START_ID(S),:END_ID(S)", per(28_175),
                    i -> i + "," + (i + 1) % securities));
            return command;
        }

        /** The count of something measured in the 100,805-filing graph, scaled to {@code filings}. */
        private long per(long measured) {
            return Math.round(measured / MEASURED_FILINGS * filings);
        }

        private String nodes(String label, String file, String header, long rows, LongFunction<String> row)
                throws IOException {
            return "--nodes=" + (label == null ? "" : label + "=") + write(file, header, rows, row);
        }

        private String edges(String type, String file, String header, long rows, LongFunction<String> row)
                throws IOException {
            return "--relationships=" + (type == null ? "" : type + "=") + write(file, header, rows, row);
        }

        private Path write(String file, String header, long rows, LongFunction<String> row) throws IOException {
            var path = folder.resolve(file);
            try (BufferedWriter out = Files.newBufferedWriter(path)) {
                out.write(header);
                out.newLine();
                for (long i = 0; i < rows; i++) {
                    out.write(row.apply(i));
                    out.newLine();
                }
            }
            return path;
        }

        private static String pad(long value, int width) {
            var digits = Long.toString(value);
            return "0".repeat(Math.max(0, width - digits.length())) + digits;
        }

        private static String day(long i) {
            return pad(1 + i % 28, 2);
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
