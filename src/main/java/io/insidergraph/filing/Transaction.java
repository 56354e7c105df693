package io.insidergraph.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

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

    @Override
    public SequencedMap<String, Fact<?>> facts() {
        var facts = new LinkedHashMap<String, Fact<?>>();
        facts.put("securityTitle", securityTitle);
        facts.put("conversionOrExercisePrice", conversionOrExercisePrice);
        facts.put("transactionDate", transactionDate);
        facts.put("deemedExecutionDate", deemedExecutionDate);
        facts.put("code", code);
        facts.put("timeliness", timeliness);
        facts.put("shares", shares);
        facts.put("totalValue", totalValue);
        facts.put("pricePerShare", pricePerShare);
        facts.put("acquiredDisposed", acquiredDisposed);
        facts.put("exerciseDate", exerciseDate);
        facts.put("expirationDate", expirationDate);
        facts.put("underlyingSecurityTitle", underlyingSecurityTitle);
        facts.put("underlyingSecurityShares", underlyingSecurityShares);
        facts.put("underlyingSecurityValue", underlyingSecurityValue);
        facts.put("sharesOwnedFollowing", sharesOwnedFollowing);
        facts.put("valueOwnedFollowing", valueOwnedFollowing);
        facts.put("directOrIndirect", directOrIndirect);
        facts.put("natureOfOwnership", natureOfOwnership);
        return Collections.unmodifiableSequencedMap(facts);
    }
}
