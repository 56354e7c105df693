package io.insidergraph.filing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of Table I or Table II that reports a holding (Form 3, and holdings on Forms 4 and 5).
 * {@code position} is the row's 0-based index among the holdings of its table.
 */
public record Holding(
        boolean derivative,
        int position,
        Fact<String> securityTitle,
        Fact<String> transactionFormType,
        Fact<BigDecimal> conversionOrExercisePrice,
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
