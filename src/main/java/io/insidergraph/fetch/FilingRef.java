package io.insidergraph.fetch;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One filing to fetch, as an index lists it.
 *
 * @param cik       the filer folder it is fetched from and stored under (EDGAR files a Form 4 under the issuer
 *                  and under every reporting owner; any of them serves the same submission)
 * @param accession {@code 0000899243-22-035394}
 * @param form      {@code 4}, {@code 4/A}, ...
 * @param filed     the filing date
 */
record FilingRef(long cik, String accession, String form, LocalDate filed) {

    private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

    FilingRef {
        if (!ACCESSION.matcher(accession).matches()) {
            throw new IllegalArgumentException("not an accession number: '" + accession + "'");
        }
    }

    /** {@code /Archives/edgar/data/1318605/000089924322035394/0000899243-22-035394.txt} */
    String archivePath() {
        return "/Archives/edgar/data/" + cik + "/" + accession.replace("-", "") + "/" + accession + ".txt";
    }
}
