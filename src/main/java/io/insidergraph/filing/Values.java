package io.insidergraph.filing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Normalises values as filers write them: booleans as 0/1/true/false (blank means not stated), dates with a time
 * zone suffix ({@code 2024-07-19-05:00}, which is still the 19th: the zone is dropped, the calendar date kept),
 * numbers with thousands separators or spaces, CIKs without their leading zeros. A value that cannot be read as its
 * type is treated as not stated rather than guessed at; a number that can, but that the schema does not allow, is
 * refused ({@link #number}).
 */
final class Values {

    private Values() {
    }

    /** Trimmed text, or null when blank. */
    static @Nullable String text(@Nullable String raw) {
        if (raw == null) {
            return null;
        }
        String t = raw.strip();
        return t.isEmpty() ? null : t;
    }

    static @Nullable Boolean bool(@Nullable String raw) {
        String t = text(raw);
        if (t == null) {
            return null;
        }
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> Boolean.TRUE;
            case "0", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** An ISO date, possibly followed by a zone ({@code Z}, {@code -05:00}) or a time, which are dropped. */
    static @Nullable LocalDate date(@Nullable String raw) {
        String t = text(raw);
        if (t == null || t.length() < 10) {
            return null;
        }
        try {
            return LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Header dates: {@code 20250515}. */
    static @Nullable LocalDate compactDate(@Nullable String raw) {
        String t = text(raw);
        if (t == null || t.length() != 8) {
            return null;
        }
        try {
            return LocalDate.of(digits(t, 0, 4), digits(t, 4, 6), digits(t, 6, 8));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** Header acceptance time: {@code 20250515161727}, Eastern time as EDGAR states it, kept without a zone. */
    static @Nullable LocalDateTime compactDateTime(@Nullable String raw) {
        String t = text(raw);
        if (t == null || t.length() != 14) {
            return null;
        }
        try {
            return LocalDateTime.of(digits(t, 0, 4), digits(t, 4, 6), digits(t, 6, 8), digits(t, 8, 10),
                    digits(t, 10, 12), digits(t, 12, 14));
        } catch (DateTimeException | NumberFormatException e) {
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

    /**
     * A decimal as filed (scale kept), after dropping thousands separators, spaces and a leading dollar sign; null
     * when the text is no number at all. Read in time linear in its length ({@link Decimals}).
     *
     * @throws InvalidValueException for a number the schema does not allow (negative, not finite, out of range)
     */
    static @Nullable BigDecimal number(@Nullable String raw) {
        String t = text(raw);
        if (t == null) {
            return null;
        }
        if (needsCleaning(t)) {
            var sb = new StringBuilder(t.length());
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c != ',' && c != '$' && !Character.isWhitespace(c) && c != '\u00a0') {
                    sb.append(c);
                }
            }
            t = sb.toString();
        }
        return t.isEmpty() ? null : Decimals.parse(t);
    }

    private static boolean needsCleaning(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ',' || c == '$' || c == ' ' || c == '\u00a0' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    /** A CIK as 10 digits with leading zeros, or null when the text is not a CIK. */
    static @Nullable String cik(@Nullable String raw) {
        String t = text(raw);
        if (t == null || t.length() > 10) {
            return t == null ? null : stripToTen(t);
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        return "0".repeat(10 - t.length()) + t;
    }

    /** Some filers write more leading zeros than ten digits need; anything else over ten digits is not a CIK. */
    private static @Nullable String stripToTen(String t) {
        int i = 0;
        while (i < t.length() - 10 && t.charAt(i) == '0') {
            i++;
        }
        return i == t.length() - 10 ? cik(t.substring(i)) : null;
    }
}
