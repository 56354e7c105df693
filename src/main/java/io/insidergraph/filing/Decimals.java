package io.insidergraph.filing;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Reads decimal text in one pass, whatever its length, and hands {@link BigDecimal} only the digits the schema's
 * {@code POSITIVE_DECIMAL} allows (at most 12 before the point and 4 after). {@code new BigDecimal(String)} takes
 * time quadratic in the number of digits (1 MB of nines took 12 s, 10 MB did not finish in 10 minutes), so a value
 * is measured before it is built: one out of range is refused with what the schema allows, never parsed.
 */
final class Decimals {

    /** Exponents past this are out of range anyway; clamping keeps the accumulation from overflowing. */
    private static final long EXPONENT_CLAMP = 1_000_000_000L;
    private static final int QUOTED = 24;

    private Decimals() {
    }

    /**
     * The decimal {@code t} spells ({@code 8961}, {@code 134018.0}, {@code .5}, {@code 1E3}), scale as filed (up to
     * four places); null when {@code t} is no number at all.
     *
     * @throws InvalidValueException when it is a number the schema does not allow: negative, not finite
     *         ({@code Infinity}, {@code NaN}), over 999999999999.9999 or with more than four decimal places
     */
    static @Nullable BigDecimal parse(String t) {
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            negative = t.charAt(i) == '-';
            i++;
        }
        int intStart = i;
        i = digits(t, i);
        int intEnd = i;
        int fracStart = i;
        int fracEnd = i;
        if (i < n && t.charAt(i) == '.') {
            fracStart = i + 1;
            i = digits(t, fracStart);
            fracEnd = i;
        }
        if (intEnd == intStart && fracEnd == fracStart) {
            if (isNonFinite(t.substring(intStart))) {
                throw new InvalidValueException(quote(t) + " is not a finite number; " + SchemaBounds.decimalRange());
            }
            return null;
        }
        long exponent = 0;
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = i < n && t.charAt(i) == '-';
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int expStart = i;
            for (; i < n && isDigit(t.charAt(i)); i++) {
                exponent = Math.min(EXPONENT_CLAMP, exponent * 10 + (t.charAt(i) - '0'));
            }
            if (i == expStart) {
                return null;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (i != n) {
            return null;
        }
        return bounded(t, negative, intStart, intEnd, fracStart, fracEnd, exponent);
    }

    /**
     * The digits from the first non-zero one of the integer part to the last non-zero one of the fraction form an
     * integer U; the value is U × 10^-scale. Its digits before and after the point decide the bounds.
     */
    private static BigDecimal bounded(String t, boolean negative, int intStart, int intEnd, int fracStart,
            int fracEnd, long exponent) {
        int first = intStart;
        while (first < intEnd && t.charAt(first) == '0') {
            first++;
        }
        int last = fracEnd;
        while (last > fracStart && t.charAt(last - 1) == '0') {
            last--;
        }
        int fracDigits = last - fracStart;
        int leadingZeros = 0;
        if (first == intEnd) {
            while (fracStart + leadingZeros < last && t.charAt(fracStart + leadingZeros) == '0') {
                leadingZeros++;
            }
        }
        int trailingZeros = 0;
        if (fracDigits == 0) {
            while (intEnd - trailingZeros > first && t.charAt(intEnd - trailingZeros - 1) == '0') {
                trailingZeros++;
            }
        }
        long significant = (long) (intEnd - first) + fracDigits - leadingZeros - trailingZeros;
        long filedScale = (fracEnd - fracStart) - exponent;
        int scale = (int) Math.max(Math.min(filedScale, SchemaBounds.DECIMAL_FRACTION_DIGITS),
                -SchemaBounds.DECIMAL_INTEGER_DIGITS);
        if (significant <= 0) {
            return BigDecimal.ZERO.setScale(Math.max(scale, 0));
        }
        if (negative) {
            throw new InvalidValueException(quote(t) + " is negative; " + SchemaBounds.decimalRange());
        }
        long significantScale = fracDigits - exponent - trailingZeros;
        long integerDigits = significant - significantScale;
        if (significantScale > SchemaBounds.DECIMAL_FRACTION_DIGITS
                || integerDigits > SchemaBounds.DECIMAL_INTEGER_DIGITS) {
            throw new InvalidValueException(quote(t) + " is out of range; " + SchemaBounds.decimalRange());
        }
        // at most 16 digits now: they fit a long
        long unscaled = 0;
        for (int i = first; i < intEnd - trailingZeros; i++) {
            unscaled = unscaled * 10 + (t.charAt(i) - '0');
        }
        for (int i = fracStart + leadingZeros; i < last; i++) {
            unscaled = unscaled * 10 + (t.charAt(i) - '0');
        }
        var value = BigDecimal.valueOf(unscaled, (int) significantScale);
        return scale > significantScale ? value.setScale(scale) : value;
    }

    /** The text quoted for a message, cut short when long. */
    static String quote(String t) {
        return t.length() <= QUOTED ? "'" + t + "'"
                : "'" + t.substring(0, QUOTED) + "…' (" + t.length() + " characters)";
    }

    private static int digits(String t, int from) {
        int i = from;
        while (i < t.length() && isDigit(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNonFinite(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "infinity", "inf", "nan" -> true;
            default -> false;
        };
    }
}
