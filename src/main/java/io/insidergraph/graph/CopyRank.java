package io.insidergraph.graph;

import java.util.Comparator;

import io.insidergraph.filing.Envelope;

/**
 * Which of two copies of one accession number the graph keeps, decided by what they hold and never by which came
 * first, so that the graph is the same whatever the order of arrival. In order, the first rule that tells them
 * apart decides:
 * <ol>
 * <li>an XML copy beats one from the SEC's data sets (it carries the schema version, the SGML header, the
 * acceptance time);</li>
 * <li>a copy with an SGML header beats one without (it adds the filing date, the acceptance time and the
 * companies' header data);</li>
 * <li>the copy with fewer defects the parser lets through (footnote references that name no footnote, rows
 * without a security title) beats the other: a copy the parser rejects never gets this far, so among copies that
 * both parse this is what "valid over invalid" can still mean;</li>
 * <li>the copy that states more fields beats the one that states fewer;</li>
 * <li>otherwise the copy whose bytes have the smaller SHA-256 wins: an arbitrary rule, but one that depends only
 * on the two copies, so two equally rich copies that differ give the same graph in any order.</li>
 * </ol>
 */
final class CopyRank {

    /** Better copies compare greater. */
    static final Comparator<CopyContent> ORDER = Comparator
            .comparing((CopyContent copy) -> copy.envelope() != Envelope.DATASET)
            .thenComparing(CopyContent::hasHeader)
            .thenComparing(CopyContent::defects, Comparator.reverseOrder())
            .thenComparing(CopyContent::stated)
            .thenComparing(CopyContent::sha256, Comparator.reverseOrder());

    private CopyRank() {
    }

    static CopyContent better(CopyContent a, CopyContent b) {
        return ORDER.compare(a, b) >= 0 ? a : b;
    }

    /** Why {@code kept} ranks above {@code dropped}, in the words of the rule that decided it. */
    static String reason(CopyContent kept, CopyContent dropped) {
        if ((kept.envelope() != Envelope.DATASET) != (dropped.envelope() != Envelope.DATASET)) {
            return "an XML copy ranks above a copy from the SEC's data sets";
        }
        if (kept.hasHeader() != dropped.hasHeader()) {
            return "a copy with an SGML header ranks above one without";
        }
        if (kept.defects() != dropped.defects()) {
            return "the kept copy has fewer defects (" + kept.defects() + " against " + dropped.defects()
                    + " dangling footnote references or untitled rows)";
        }
        if (kept.stated() != dropped.stated()) {
            return "the kept copy states more fields (" + kept.stated() + " against " + dropped.stated() + ")";
        }
        return "equally rich copies: the one with the smaller SHA-256 is kept";
    }
}
