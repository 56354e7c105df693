package io.insidergraph.filing;

import org.jspecify.annotations.Nullable;

/**
 * The normalisations the XML parser applies, for the other source of the same records (the SEC's Form 345 data
 * sets), so that one filing read either way gives equal records: text trimmed (blank is absent), CIKs as ten digits,
 * accession numbers dashed, form types as {@code 4/A}, and the person-or-organisation guess from the owner's name.
 */
public final class FilingValues {

    private FilingValues() {
    }

    /** Trimmed text, or null when blank. */
    public static @Nullable String text(@Nullable String raw) {
        return Values.text(raw);
    }

    /** A CIK as ten digits with leading zeros, or null when the text is not a CIK. */
    public static @Nullable String cik(@Nullable String raw) {
        return Values.cik(raw);
    }

    /** The dashed form {@code 0000899243-17-024441}, or null when the text is not an accession number. */
    public static @Nullable String accessionNumber(@Nullable String raw) {
        return Accessions.normalise(raw);
    }

    /** "3" ... "5/A", or null when the text names no Form 3, 4 or 5 (or their amendments). */
    public static @Nullable String formType(@Nullable String raw) {
        return DocumentProfile.formType(raw);
    }

    /** Person or organisation, from the name alone (the data sets carry no SGML header to tell). */
    public static OwnerKind ownerKind(@Nullable String name) {
        return OwnerKindHeuristic.classify(name, null);
    }
}
