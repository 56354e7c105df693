package io.insidergraph.filing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.SequencedMap;

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

    @Override
    public SequencedMap<String, Fact<?>> facts() {
        var facts = new LinkedHashMap<String, Fact<?>>();
        facts.put("securityTitle", securityTitle);
        facts.put("transactionFormType", transactionFormType);
        facts.put("conversionOrExercisePrice", conversionOrExercisePrice);
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
