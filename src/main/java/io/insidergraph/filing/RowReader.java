package io.insidergraph.filing;

import static io.insidergraph.filing.Elements.child;
import static io.insidergraph.filing.Elements.fact;
import static io.insidergraph.filing.Elements.textFact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jdom2.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of Table I (non-derivative) and Table II (derivative). Both tables share one row shape; fields a
 * table or form does not have are simply absent. Transactions and holdings may be interleaved in a table, and each
 * kind is numbered on its own, in document order.
 */
final class RowReader {

    /** The four lists of rows of one filing. */
    record Tables(List<Transaction> nonDerivativeTransactions, List<Transaction> derivativeTransactions,
            List<Holding> nonDerivativeHoldings, List<Holding> derivativeHoldings) {
    }

    private RowReader() {
    }

    static Tables read(Element root) {
        Element nonDerivative = child(root, "nonDerivativeTable");
        Element derivative = child(root, "derivativeTable");
        return new Tables(
                transactions(nonDerivative, "nonDerivativeTransaction", false),
                transactions(derivative, "derivativeTransaction", true),
                holdings(nonDerivative, "nonDerivativeHolding", false),
                holdings(derivative, "derivativeHolding", true));
    }

    private static List<Transaction> transactions(@Nullable Element table, String name, boolean derivative) {
        List<Element> rows = Elements.children(table, name);
        var result = new ArrayList<Transaction>(rows.size());
        for (Element row : rows) {
            result.add(transaction(row, derivative, result.size()));
        }
        return result;
    }

    private static List<Holding> holdings(@Nullable Element table, String name, boolean derivative) {
        List<Element> rows = Elements.children(table, name);
        var result = new ArrayList<Holding>(rows.size());
        for (Element row : rows) {
            result.add(holding(row, derivative, result.size()));
        }
        return result;
    }

    private static Transaction transaction(Element row, boolean derivative, int position) {
        Element coding = child(row, "transactionCoding");
        Element amounts = child(row, "transactionAmounts");
        Element underlying = child(row, "underlyingSecurity");
        Element post = child(row, "postTransactionAmounts");
        Element nature = child(row, "ownershipNature");
        return new Transaction(
                derivative,
                position,
                textFact(row, "securityTitle"),
                number(row, "conversionOrExercisePrice"),
                date(row, "transactionDate"),
                date(row, "deemedExecutionDate"),
                Elements.text(coding, "transactionFormType"),
                codingFact(coding, "transactionCode"),
                Values.bool(Elements.text(coding, "equitySwapInvolved")),
                textFact(row, "transactionTimeliness"),
                number(amounts, "transactionShares"),
                number(amounts, "transactionTotalValue"),
                number(amounts, "transactionPricePerShare"),
                textFact(amounts, "transactionAcquiredDisposedCode"),
                date(row, "exerciseDate"),
                date(row, "expirationDate"),
                textFact(underlying, "underlyingSecurityTitle"),
                number(underlying, "underlyingSecurityShares"),
                number(underlying, "underlyingSecurityValue"),
                number(post, "sharesOwnedFollowingTransaction"),
                number(post, "valueOwnedFollowingTransaction"),
                textFact(nature, "directOrIndirectOwnership"),
                textFact(nature, "natureOfOwnership"));
    }

    private static Holding holding(Element row, boolean derivative, int position) {
        Element coding = child(row, "transactionCoding");
        Element underlying = child(row, "underlyingSecurity");
        Element post = child(row, "postTransactionAmounts");
        Element nature = child(row, "ownershipNature");
        return new Holding(
                derivative,
                position,
                textFact(row, "securityTitle"),
                codingFact(coding, "transactionFormType"),
                number(row, "conversionOrExercisePrice"),
                date(row, "exerciseDate"),
                date(row, "expirationDate"),
                textFact(underlying, "underlyingSecurityTitle"),
                number(underlying, "underlyingSecurityShares"),
                number(underlying, "underlyingSecurityValue"),
                number(post, "sharesOwnedFollowingTransaction"),
                number(post, "valueOwnedFollowingTransaction"),
                textFact(nature, "directOrIndirectOwnership"),
                textFact(nature, "natureOfOwnership"));
    }

    /**
     * Footnotes on {@code transactionCoding} belong to the coding as a whole; they are kept on the one fact that
     * stands for it (the transaction code, or a holding's late-form type), so none is lost.
     */
    private static Fact<String> codingFact(@Nullable Element coding, String name) {
        if (coding == null) {
            return Fact.absent();
        }
        String value = Elements.text(coding, name);
        List<String> footnoteIds = Elements.footnoteIds(coding);
        return footnoteIds.isEmpty() ? Fact.of(value) : new Fact<>(value, footnoteIds);
    }

    private static Fact<BigDecimal> number(@Nullable Element parent, String name) {
        return fact(parent, name, Values::number);
    }

    private static Fact<LocalDate> date(@Nullable Element parent, String name) {
        return fact(parent, name, Values::date);
    }
}
