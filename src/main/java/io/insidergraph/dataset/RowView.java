package io.insidergraph.dataset;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.insidergraph.filing.Fact;
import io.insidergraph.filing.FilingValues;
import org.jspecify.annotations.Nullable;

/**
 * Typed reads of one row's fields by column name. A column the file lacks reads as absent; a value that is there but
 * cannot be read as its type (a date not in {@code DD-MON-YYYY}, a number that is not a number) is a
 * {@link BadRowException} naming the file, line and column.
 */
final class RowView {

    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");

    /** Footnote ids in the order a filer numbers them: F2 before F10. */
    static final Comparator<String> FOOTNOTE_ORDER = Comparator.comparingInt(RowView::footnoteNumber)
            .thenComparing(Comparator.naturalOrder());

    private final TableFile file;
    private final Spool.Row row;

    RowView(TableFile file, Spool.Row row) throws BadRowException {
        this.file = file;
        this.row = row;
        if (row.fields().length != file.width()) {
            throw new BadRowException(file, row.line(), null,
                    row.fields().length + " fields where the header has " + file.width());
        }
    }

    TableFile file() {
        return file;
    }

    long line() {
        return row.line();
    }

    /** The raw field (quotes already removed), or null when the file has none of these columns. */
    @Nullable String raw(String... columns) {
        int index = file.index(columns);
        return index < 0 ? null : row.fields()[index];
    }

    /** Trimmed text, null when blank or absent. */
    @Nullable String text(String... columns) {
        return FilingValues.text(raw(columns));
    }

    /** A date in one of these columns (the first the file has), null when blank or absent. */
    @Nullable LocalDate date(String... columns) throws BadRowException {
        var text = text(columns);
        if (text == null) {
            return null;
        }
        var date = parseDate(text);
        if (date == null) {
            throw bad(present(columns), "'" + text + "' is not a date (DD-MON-YYYY)");
        }
        return date;
    }

    @Nullable BigDecimal number(String column) throws BadRowException {
        var text = text(column);
        if (text == null) {
            return null;
        }
        if (!isDecimal(text)) {
            throw bad(column, "'" + text + "' is not a number");
        }
        return new BigDecimal(text);
    }

    @Nullable Boolean bool(String column) throws BadRowException {
        var text = text(column);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> Boolean.TRUE;
            case "0", "false" -> Boolean.FALSE;
            default -> throw bad(column, "'" + text + "' is not a boolean (0, 1, true or false)");
        };
    }

    /** A surrogate key; the SEC writes some as floats ({@code 1671465.0}). */
    long wholeNumber(String column) throws BadRowException {
        var text = text(column);
        if (text == null) {
            throw bad(column, "no value");
        }
        try {
            return Long.parseLong(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
        }
        catch (NumberFormatException ex) {
            throw bad(column, "'" + text + "' is not a whole number");
        }
    }

    /** The ids in a {@code *_FN} column ({@code F1} or {@code F1, F2}), each once, in footnote order. */
    List<String> footnoteIds(String... columns) {
        var text = text(columns);
        if (text == null) {
            return List.of();
        }
        var ids = new ArrayList<String>(2);
        for (var part : text.split("[,;\\s]+")) {
            if (!part.isEmpty() && !ids.contains(part)) {
                ids.add(part);
            }
        }
        ids.sort(FOOTNOTE_ORDER);
        return ids;
    }

    /** A value column and its {@code _FN} column. */
    Fact<String> textFact(String column) {
        return fact(text(column), footnoteIds(column + "_FN"));
    }

    /** A date column, under any of its spellings ({@code EXCERCISE_DATE}, {@code EXERCISE_DATE}), and its footnotes. */
    Fact<LocalDate> dateFact(String... columns) throws BadRowException {
        return fact(date(columns), footnoteIds(footnoteColumns(columns)));
    }

    Fact<BigDecimal> numberFact(String column) throws BadRowException {
        return fact(number(column), footnoteIds(column + "_FN"));
    }

    BadRowException bad(String column, String problem) {
        return new BadRowException(file, row.line(), column, problem);
    }

    private String present(String... columns) {
        for (var column : columns) {
            if (file.columns().containsKey(column)) {
                return column;
            }
        }
        return columns[0];
    }

    private static String[] footnoteColumns(String... columns) {
        var fn = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            fn[i] = columns[i] + "_FN";
        }
        return fn;
    }

    private static <T> Fact<T> fact(@Nullable T value, List<String> footnoteIds) {
        return footnoteIds.isEmpty() ? Fact.of(value) : new Fact<>(value, footnoteIds);
    }

    /** {@code 31-JUL-2024}, the day in one or two digits, the month in any case. */
    static @Nullable LocalDate parseDate(String text) {
        int first = text.indexOf('-');
        int second = first < 0 ? -1 : text.indexOf('-', first + 1);
        if (first < 1 || first > 2 || second != first + 4 || text.length() != second + 5) {
            return null;
        }
        int month = MONTHS.indexOf(text.substring(first + 1, second).toUpperCase(Locale.ROOT)) + 1;
        try {
            return month == 0 ? null : LocalDate.of(digits(text, second + 1, text.length()), month,
                    digits(text, 0, first));
        }
        catch (DateTimeException | NumberFormatException ex) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException(s);
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A sign, digits with at most one point, and an optional exponent: what the SEC's float output looks like. */
    static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
            else if (c == '.' && !point) {
                point = true;
            }
            else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static int footnoteNumber(String id) {
        int n = 0;
        boolean any = false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= '0' && c <= '9') {
                n = n * 10 + (c - '0');
                any = true;
                if (n > 1_000_000) {
                    break;
                }
            }
        }
        return any ? n : Integer.MAX_VALUE;
    }
}
