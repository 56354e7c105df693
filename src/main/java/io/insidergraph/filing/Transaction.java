package io.insidergraph.filing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One row of Table I (non-derivative) or Table II (derivative) that reports a transaction. {@code position} is the
 * row's 0-based index among the transactions of its table. Fields that only Table II has are absent on Table I rows.
 * {@code code} carries the footnotes attached to the whole {@code transactionCoding} element.
 */
public record Transaction(
        boolean derivative,
        int position,
        Fact<String> securityTitle,
        Fact<BigDecimal> conversionOrExercisePrice,
        Fact<LocalDate> transactionDate,
        Fact<LocalDate> deemedExecutionDate,
        @Nullable String transactionFormType,
        Fact<String> code,
        @Nullable Boolean equitySwapInvolved,
        Fact<String> timeliness,
        Fact<BigDecimal> shares,
        Fact<BigDecimal> totalValue,
        Fact<BigDecimal> pricePerShare,
        Fact<String> acquiredDisposed,
        Fact<LocalDate> exerciseDate,
        Fact<LocalDate> expirationDate,
        Fact<String> underlyingSecurityTitle,
        Fact<BigDecimal> underlyingSecurityShares,
        Fact<BigDecimal> underlyingSecurityValue,
        Fact<BigDecimal> sharesOwnedFollowing,
        Fact<BigDecimal> valueOwnedFollowing,
        Fact<String> directOrIndirect,
        Fact<String> natureOfOwnership) implements Row {
}
