package io.insidergraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.insidergraph.filing.Fact;
import io.insidergraph.filing.FilingParseException;
import io.insidergraph.filing.FilingParser;
import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.filing.Transaction;

/**
 * Form 345 data sets of any size, in exactly the SEC's format (eight tables, one zip per quarter), whose per-filing
 * shape is the real one: each synthetic filing takes its SUBMISSION, DERIV_TRANS, DERIV_HOLDING, NONDERIV_HOLDING and
 * OWNER_SIGNATURE rows from one real 2024 Q3 accession ({@code datasets/2024q3-partial.zip}, all 36,075 in turn), and
 * its REPORTINGOWNER, NONDERIV_TRANS and FOOTNOTES rows, which that copy lacks, from one corpus filing's XML (written
 * as the SEC writes them: dates DD-MON-YYYY, numbers as floats at two decimals, footnote lists {@code F1, F2}).
 * <p>
 * Quarter {@code k} is the real quarter again with fresh accession numbers, every date moved {@code k} quarters back,
 * and the same issuers (real CIKs: companies file every quarter). Who the owners are is a model, since the real copy
 * has no owners: each issuer has six insider seats, each seat held in each two-year era by the owners of one corpus
 * filing; owners are shared by the four issuers of a cluster (consecutive issuers) when their seats draw the same
 * corpus filing, which gives interlocks; owner CIKs start at 3,000,000, above every real one.
 */
final class SyntheticDatasets {

    static final List<String> TABLES = List.of("SUBMISSION", "REPORTINGOWNER", "NONDERIV_TRANS", "NONDERIV_HOLDING",
            "DERIV_TRANS", "DERIV_HOLDING", "FOOTNOTES", "OWNER_SIGNATURE");
    static final List<String> REAL = List.of("SUBMISSION", "NONDERIV_HOLDING", "DERIV_TRANS", "DERIV_HOLDING",
            "OWNER_SIGNATURE");
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{2})-(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)-(\\d{4})\\b");
    private static final Pattern FOOTNOTE_ID = Pattern.compile("\\bF(\\d{1,3})\\b");
    private static final int SEATS = 6;
    private static final int CLUSTER = 4;
    private static final int ERA_QUARTERS = 8;

    static final String REPORTINGOWNER_HEADER = String.join("\t", "ACCESSION_NUMBER", "RPTOWNERCIK", "RPTOWNERNAME",
            "RPTOWNER_RELATIONSHIP", "RPTOWNER_TITLE", "RPTOWNER_TXT", "RPTOWNER_STREET1", "RPTOWNER_STREET2",
            "RPTOWNER_CITY", "RPTOWNER_STATE", "RPTOWNER_ZIPCODE", "RPTOWNER_STATE_DESC", "FILE_NUMBER");
    static final String NONDERIV_TRANS_HEADER = String.join("\t", "ACCESSION_NUMBER", "NONDERIV_TRANS_SK",
            "SECURITY_TITLE", "SECURITY_TITLE_FN", "TRANS_DATE", "TRANS_DATE_FN", "DEEMED_EXECUTION_DATE",
            "DEEMED_EXECUTION_DATE_FN", "TRANS_FORM_TYPE", "TRANS_CODE", "EQUITY_SWAP_INVOLVED",
            "EQUITY_SWAP_TRANS_CD_FN", "TRANS_TIMELINESS", "TRANS_TIMELINESS_FN", "TRANS_SHARES", "TRANS_SHARES_FN",
            "TRANS_PRICEPERSHARE", "TRANS_PRICEPERSHARE_FN", "TRANS_ACQUIRED_DISP_CD", "TRANS_ACQUIRED_DISP_CD_FN",
            "SHRS_OWND_FOLWNG_TRANS", "SHRS_OWND_FOLWNG_TRANS_FN", "VALU_OWND_FOLWNG_TRANS",
            "VALU_OWND_FOLWNG_TRANS_FN", "DIRECT_INDIRECT_OWNERSHIP", "DIRECT_INDIRECT_OWNERSHIP_FN",
            "NATURE_OF_OWNERSHIP", "NATURE_OF_OWNERSHIP_FN");
    static final String FOOTNOTES_HEADER = "ACCESSION_NUMBER\tFOOTNOTE_ID\tFOOTNOTE_TXT";

    /** One real accession: its lines in each real table (without the accession column) and its issuer's index. */
    private record RealFiling(String accession, Map<String, List<String>> lines, int issuer, int maxFootnote) {
    }

    /** The rows a corpus filing gives the three tables the real copy lacks, with the accession left out. */
    private record CorpusFiling(List<OwnerRow> owners, List<String> transactions, List<String> footnotes) {
    }

    private record OwnerRow(int index, String rest) {
    }

    /** Per-filing counts, for the shape line the bench prints. */
    record Shape(double owners, double nonDerivativeTransactions, double footnotes, double nonDerivativeHoldings,
            double derivativeTransactions, double derivativeHoldings, double signatures, int realFilings,
            int corpusFilings, int issuers) {
    }

    private final Map<String, String> headers;
    private final List<RealFiling> real;
    private final List<CorpusFiling> corpus;
    private final int issuers;

    private SyntheticDatasets(Map<String, String> headers, List<RealFiling> real, List<CorpusFiling> corpus,
            int issuers) {
        this.headers = headers;
        this.real = real;
        this.corpus = corpus;
        this.issuers = issuers;
    }

    static SyntheticDatasets load(Path realQuarterZip, Path corpusFolder) throws IOException {
        var headers = new LinkedHashMap<String, String>();
        var byAccession = new LinkedHashMap<String, Map<String, List<String>>>();
        try (var zip = new ZipInputStream(Files.newInputStream(realQuarterZip))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                var table = entry.getName().replace(".tsv", "");
                if (!REAL.contains(table)) {
                    continue;
                }
                var lines = new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                headers.put(table, lines[0]);
                for (int i = 1; i < lines.length; i++) {
                    int tab = lines[i].indexOf('\t');
                    if (tab > 0) {
                        byAccession.computeIfAbsent(lines[i].substring(0, tab), a -> new HashMap<>())
                                .computeIfAbsent(table, t -> new ArrayList<>()).add(lines[i].substring(tab));
                    }
                }
            }
        }
        var issuerIndex = new HashMap<String, Integer>();
        var real = new ArrayList<RealFiling>();
        for (var filing : byAccession.entrySet()) {
            var submission = filing.getValue().get("SUBMISSION");
            if (submission == null) {
                continue;
            }
            var issuerCik = submission.getFirst().split("\t", -1)[9];
            int issuer = issuerIndex.computeIfAbsent(issuerCik, c -> issuerIndex.size());
            int maxFootnote = 0;
            for (var lines : filing.getValue().values()) {
                for (var line : lines) {
                    Matcher m = FOOTNOTE_ID.matcher(line);
                    while (m.find()) {
                        maxFootnote = Math.max(maxFootnote, Integer.parseInt(m.group(1)));
                    }
                }
            }
            real.add(new RealFiling(filing.getKey(), filing.getValue(), issuer, maxFootnote));
        }
        return new SyntheticDatasets(headers, real, corpus(corpusFolder), issuerIndex.size());
    }

    private static List<CorpusFiling> corpus(Path folder) throws IOException {
        var parser = new FilingParser();
        var owners = new HashMap<String, Integer>();
        var result = new ArrayList<CorpusFiling>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (var file : files.filter(Files::isRegularFile).sorted().toList()) {
                OwnershipFiling filing;
                try {
                    filing = parser.parse(file.toString(), Files.readAllBytes(file));
                }
                catch (FilingParseException ex) {
                    continue;
                }
                var ownerRows = new ArrayList<OwnerRow>();
                for (var owner : filing.reportingOwners()) {
                    var roles = new ArrayList<String>();
                    if (owner.isDirector()) {
                        roles.add("Director");
                    }
                    if (owner.isOfficer()) {
                        roles.add("Officer");
                    }
                    if (owner.isTenPercentOwner()) {
                        roles.add("TenPercentOwner");
                    }
                    if (owner.isOther()) {
                        roles.add("Other");
                    }
                    var a = owner.address();
                    ownerRows.add(new OwnerRow(owners.computeIfAbsent(owner.cik(), c -> owners.size()),
                            String.join("\t", quote(owner.name()), String.join(",", roles), quote(owner.officerTitle()),
                                    quote(owner.otherText()), quote(a == null ? null : a.street1()),
                                    quote(a == null ? null : a.street2()), quote(a == null ? null : a.city()),
                                    quote(a == null ? null : a.state()), quote(a == null ? null : a.zipCode()),
                                    quote(a == null ? null : a.stateDescription()), "")));
                }
                if (ownerRows.isEmpty()) {
                    continue;
                }
                var transactions = new ArrayList<String>();
                for (var t : filing.nonDerivativeTransactions()) {
                    transactions.add(transactionRow(t));
                }
                var footnotes = new ArrayList<String>();
                for (var footnote : filing.footnotes()) {
                    footnotes.add(quote(footnote.text().replace('\n', ' ').replace('\r', ' ').replace('\t', ' ')));
                }
                result.add(new CorpusFiling(ownerRows, transactions, footnotes));
            }
        }
        return result;
    }

    /** A NONDERIV_TRANS row after ACCESSION_NUMBER and NONDERIV_TRANS_SK, as the SEC writes one. */
    private static String transactionRow(Transaction t) {
        return String.join("\t", text(t.securityTitle()), ids(t.securityTitle()), date(t.transactionDate()),
                ids(t.transactionDate()), date(t.deemedExecutionDate()), ids(t.deemedExecutionDate()),
                quote(t.transactionFormType()), text(t.code()), t.equitySwapInvolved() == null ? ""
                        : t.equitySwapInvolved() ? "1" : "0", ids(t.code()), text(t.timeliness()), ids(t.timeliness()),
                number(t.shares()), ids(t.shares()), number(t.pricePerShare()), ids(t.pricePerShare()),
                text(t.acquiredDisposed()), ids(t.acquiredDisposed()), number(t.sharesOwnedFollowing()),
                ids(t.sharesOwnedFollowing()), number(t.valueOwnedFollowing()), ids(t.valueOwnedFollowing()),
                text(t.directOrIndirect()), ids(t.directOrIndirect()), text(t.natureOfOwnership()),
                ids(t.natureOfOwnership()));
    }

    Shape shape() {
        long owners = 0;
        long transactions = 0;
        long footnotes = 0;
        for (var c : corpus) {
            owners += c.owners().size();
            transactions += c.transactions().size();
            footnotes += c.footnotes().size();
        }
        var counts = new HashMap<String, Long>();
        for (var r : real) {
            r.lines().forEach((table, lines) -> counts.merge(table, (long) lines.size(), Long::sum));
        }
        double n = real.size();
        double m = corpus.size();
        return new Shape(owners / m, transactions / m, footnotes / m, counts.getOrDefault("NONDERIV_HOLDING", 0L) / n,
                counts.getOrDefault("DERIV_TRANS", 0L) / n, counts.getOrDefault("DERIV_HOLDING", 0L) / n,
                counts.getOrDefault("OWNER_SIGNATURE", 0L) / n, real.size(), corpus.size(), issuers);
    }

    int quarterSize() {
        return real.size();
    }

    /**
     * Writes {@code filings} filings as quarterly zips into {@code folder} ({@code 2024q3_form345.zip} and back in
     * time), the last one partial; returns the zips in the order written.
     */
    List<Path> writeTo(Path folder, long filings) throws IOException {
        Files.createDirectories(folder);
        var zips = new ArrayList<Path>();
        for (int k = 0; (long) k * real.size() < filings; k++) {
            int size = (int) Math.min(real.size(), filings - (long) k * real.size());
            var quarter = quarterName(k);
            var zip = folder.resolve(quarter + "_form345.zip");
            writeQuarter(zip, k, size);
            zips.add(zip);
        }
        return zips;
    }

    /**
     * One quarter of {@code filings} filings, as large as wanted: past the real quarter's 36,075 the real accessions
     * are taken again in turn (with their own accession numbers), as a quarter several times the size of 2024 Q3 would
     * look.
     */
    Path writeQuarter(Path zip, int filings) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        writeQuarter(zip, 0, filings);
        return zip;
    }

    /** Quarter 0 is 2024q3, quarter 1 2024q2, and so on back. */
    static String quarterName(int k) {
        int index = 2024 * 4 + 2 - k;
        return (index / 4) + "q" + (index % 4 + 1);
    }

    private void writeQuarter(Path zip, int k, int size) throws IOException {
        var tables = new LinkedHashMap<String, StringBuilder>();
        for (var table : TABLES) {
            tables.put(table, new StringBuilder(1 << 20).append(switch (table) {
                case "REPORTINGOWNER" -> REPORTINGOWNER_HEADER;
                case "NONDERIV_TRANS" -> NONDERIV_TRANS_HEADER;
                case "FOOTNOTES" -> FOOTNOTES_HEADER;
                default -> headers.get(table);
            }).append('\n'));
        }
        int era = k / ERA_QUARTERS;
        for (int i = 0; i < size; i++) {
            var r = real.get(i % real.size());
            var accession = String.format(Locale.ROOT, "%010d-%02d-%06d", 9_000_000_000L + k, 24, i);
            for (var entry : r.lines().entrySet()) {
                var out = tables.get(entry.getKey());
                for (var line : entry.getValue()) {
                    out.append(accession).append(k == 0 ? line : shiftDates(line, k)).append('\n');
                }
            }
            int seat = Math.floorMod(mix(i * 31L + k), SEATS);
            int cluster = r.issuer() / CLUSTER;
            var c = corpus.get(Math.floorMod(mix(((long) r.issuer() * SEATS + seat) * 64 + era), corpus.size()));
            for (var owner : c.owners()) {
                long cik = 3_000_000L + ((long) cluster * 2_000 + owner.index()) * 16 + era;
                tables.get("REPORTINGOWNER").append(accession).append('\t').append(String.format("%010d", cik))
                        .append('\t').append(owner.rest()).append('\n');
            }
            int key = 0;
            // Table I holds at most 30 rows (the schema's bound): the corpus rows fill what the real holdings leave
            int room = 30 - r.lines().getOrDefault("NONDERIV_HOLDING", List.of()).size();
            for (var row : c.transactions().subList(0, Math.max(0, Math.min(room, c.transactions().size())))) {
                tables.get("NONDERIV_TRANS").append(accession).append('\t').append((long) i * 100 + key++)
                        .append('\t').append(k == 0 ? row : shiftDates(row, k)).append('\n');
            }
            int footnotes = Math.max(c.footnotes().size(), r.maxFootnote());
            for (int f = 1; f <= footnotes; f++) {
                var text = c.footnotes().isEmpty() ? "See the remarks." : c.footnotes().get((f - 1) % c.footnotes()
                        .size());
                tables.get("FOOTNOTES").append(accession).append("\tF").append(f).append('\t').append(text)
                        .append('\n');
            }
        }
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16);
                var out = new ZipOutputStream(file)) {
            out.setLevel(1);
            for (var table : tables.entrySet()) {
                out.putNextEntry(new ZipEntry(table.getKey() + ".tsv"));
                out.write(table.getValue().toString().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private static String shiftDates(String line, int quarters) {
        Matcher m = DATE.matcher(line);
        if (!m.find()) {
            return line;
        }
        var out = new StringBuilder(line.length());
        m.reset();
        while (m.find()) {
            var date = LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(2)) + 1,
                    Integer.parseInt(m.group(1))).minusMonths(3L * quarters);
            m.appendReplacement(out, String.format(Locale.ROOT, "%02d-%s-%04d", date.getDayOfMonth(),
                    MONTHS.get(date.getMonthValue() - 1), date.getYear()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        return x ^ (x >>> 33);
    }

    private static String text(Fact<String> fact) {
        return quote(fact.value());
    }

    private static String ids(Fact<?> fact) {
        return String.join(", ", fact.footnoteIds());
    }

    private static String date(Fact<LocalDate> fact) {
        var d = fact.value();
        return d == null ? "" : String.format(Locale.ROOT, "%02d-%s-%04d", d.getDayOfMonth(),
                MONTHS.get(d.getMonthValue() - 1), d.getYear());
    }

    private static String number(Fact<BigDecimal> fact) {
        var n = fact.value();
        if (n == null) {
            return "";
        }
        var rounded = n.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (rounded.scale() <= 0 ? rounded.setScale(1) : rounded).toPlainString();
    }

    private static String quote(String value) {
        if (value == null) {
            return "";
        }
        var clean = value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        return clean.indexOf('"') >= 0 ? '"' + clean.replace("\"", "\"\"") + '"' : clean;
    }
}
