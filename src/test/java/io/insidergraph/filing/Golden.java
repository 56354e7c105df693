package io.insidergraph.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Short names for writing expected records out in full. */
final class Golden {

    private Golden() {
    }

    /** A stated text value with its footnotes. */
    static Fact<String> f(String value, String... footnoteIds) {
        return new Fact<>(value, List.of(footnoteIds));
    }

    /** A stated number, written as filed. */
    static Fact<BigDecimal> n(String value, String... footnoteIds) {
        return new Fact<>(new BigDecimal(value), List.of(footnoteIds));
    }

    static Fact<LocalDate> d(String value, String... footnoteIds) {
        return new Fact<>(LocalDate.parse(value), List.of(footnoteIds));
    }

    /** No value, only footnotes: the filer explained the field instead of filling it. */
    static <T> Fact<T> only(String... footnoteIds) {
        return new Fact<>(null, List.of(footnoteIds));
    }

    /** The field is not in the filing, or is empty. */
    static <T> Fact<T> none() {
        return Fact.absent();
    }

    static LocalDate date(String value) {
        return LocalDate.parse(value);
    }

    static OwnershipFiling parseResource(String path) throws FilingParseException {
        return new FilingParser().parse(path, Corpus.resource(path));
    }
}
