package io.insidergraph.fetch;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** A calendar quarter, {@code 2024q3}: what one Form 345 data set covers. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})[qQ]([1-4])");

    /** The first quarter the SEC publishes data sets for. */
    public static final Quarter FIRST = new Quarter(2006, 1);

    public Quarter {
        if (quarter < 1 || quarter > 4 || year < 1900 || year > 9999) {
            throw new IllegalArgumentException("no such quarter: " + year + "q" + quarter);
        }
    }

    /** {@code 2024q3} (any case). */
    public static Quarter parse(String text) {
        var matcher = TEXT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a quarter (like 2024q3) or a year (like 2024)");
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    LocalDate lastDay() {
        return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
    }

    /** The data set's file name as the SEC names it: {@code 2024q3_form345.zip}. */
    String fileName() {
        return this + "_form345.zip";
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04dq%d", year, quarter);
    }
}
