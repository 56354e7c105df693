package io.insidergraph.fetch;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The form types to fetch, as EDGAR writes them ({@code 4}, {@code 4/A}); compared without regard to case. */
public record Forms(Set<String> types) {

    /** Forms 3, 4 and 5 and their amendments: everything the parser reads. */
    public static final Forms OWNERSHIP = of(Set.of("3", "3/A", "4", "4/A", "5", "5/A"));

    public Forms {
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no form types given");
        }
        types = Set.copyOf(types);
    }

    public static Forms of(Collection<String> types) {
        return new Forms(types.stream().map(Forms::normalise).filter(type -> !type.isEmpty())
                .collect(Collectors.toSet()));
    }

    /** {@code "4,4/A"} or {@code "4, 4/A"}. */
    public static Forms parse(String commaSeparated) {
        return of(Arrays.asList(commaSeparated.split(",")));
    }

    boolean includes(String form) {
        return types.contains(normalise(form));
    }

    private static String normalise(String form) {
        return form.strip().toUpperCase(Locale.ROOT);
    }
}
