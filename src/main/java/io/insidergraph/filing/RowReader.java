package io.insidergraph.filing;

import static io.insidergraph.filing.Elements.child;
import static io.insidergraph.filing.Elements.fact;
import static io.insidergraph.filing.Elements.textFact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jdom2.Content;
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
        var f = Fields.of(row);
        return new Transaction(
                derivative,
                position,
                fact(f.securityTitle, Values::text),
                fact(f.conversionOrExercisePrice, Values::number),
                fact(f.transactionDate, Values::date),
                fact(f.deemedExecutionDate, Values::date),
                Elements.text(f.transactionCoding, "transactionFormType"),
                codingFact(f.transactionCoding, "transactionCode"),
                Values.bool(Elements.text(f.transactionCoding, "equitySwapInvolved")),
                fact(f.transactionTimeliness, Values::text),
                number(f.transactionAmounts, "transactionShares"),
                number(f.transactionAmounts, "transactionTotalValue"),
                number(f.transactionAmounts, "transactionPricePerShare"),
                textFact(f.transactionAmounts, "transactionAcquiredDisposedCode"),
                fact(f.exerciseDate, Values::date),
                fact(f.expirationDate, Values::date),
                textFact(f.underlyingSecurity, "underlyingSecurityTitle"),
                number(f.underlyingSecurity, "underlyingSecurityShares"),
                number(f.underlyingSecurity, "underlyingSecurityValue"),
                number(f.postTransactionAmounts, "sharesOwnedFollowingTransaction"),
                number(f.postTransactionAmounts, "valueOwnedFollowingTransaction"),
                textFact(f.ownershipNature, "directOrIndirectOwnership"),
                textFact(f.ownershipNature, "natureOfOwnership"));
    }

    private static Holding holding(Element row, boolean derivative, int position) {
        var f = Fields.of(row);
        return new Holding(
                derivative,
                position,
                fact(f.securityTitle, Values::text),
                codingFact(f.transactionCoding, "transactionFormType"),
                fact(f.conversionOrExercisePrice, Values::number),
                fact(f.exerciseDate, Values::date),
                fact(f.expirationDate, Values::date),
                textFact(f.underlyingSecurity, "underlyingSecurityTitle"),
                number(f.underlyingSecurity, "underlyingSecurityShares"),
                number(f.underlyingSecurity, "underlyingSecurityValue"),
                number(f.postTransactionAmounts, "sharesOwnedFollowingTransaction"),
                number(f.postTransactionAmounts, "valueOwnedFollowingTransaction"),
                textFact(f.ownershipNature, "directOrIndirectOwnership"),
                textFact(f.ownershipNature, "natureOfOwnership"));
    }

    /** The direct children of a row, found in one pass instead of one search per field. */
    private static final class Fields {
        @Nullable Element securityTitle;
        @Nullable Element conversionOrExercisePrice;
        @Nullable Element transactionDate;
        @Nullable Element deemedExecutionDate;
        @Nullable Element transactionCoding;
        @Nullable Element transactionTimeliness;
        @Nullable Element transactionAmounts;
        @Nullable Element exerciseDate;
        @Nullable Element expirationDate;
        @Nullable Element underlyingSecurity;
        @Nullable Element postTransactionAmounts;
        @Nullable Element ownershipNature;

        static Fields of(Element row) {
            var f = new Fields();
            String uri = row.getNamespaceURI();
            for (Content c : row.getContent()) {
                if (!(c instanceof Element e) || !e.getNamespaceURI().equals(uri)) {
                    continue;
                }
                switch (e.getName()) {
                    case "securityTitle" -> f.securityTitle = first(f.securityTitle, e);
                    case "conversionOrExercisePrice" ->
                        f.conversionOrExercisePrice = first(f.conversionOrExercisePrice, e);
                    case "transactionDate" -> f.transactionDate = first(f.transactionDate, e);
                    case "deemedExecutionDate" -> f.deemedExecutionDate = first(f.deemedExecutionDate, e);
                    case "transactionCoding" -> f.transactionCoding = first(f.transactionCoding, e);
                    case "transactionTimeliness" -> f.transactionTimeliness = first(f.transactionTimeliness, e);
                    case "transactionAmounts" -> f.transactionAmounts = first(f.transactionAmounts, e);
                    case "exerciseDate" -> f.exerciseDate = first(f.exerciseDate, e);
                    case "expirationDate" -> f.expirationDate = first(f.expirationDate, e);
                    case "underlyingSecurity" -> f.underlyingSecurity = first(f.underlyingSecurity, e);
                    case "postTransactionAmounts" -> f.postTransactionAmounts = first(f.postTransactionAmounts, e);
                    case "ownershipNature" -> f.ownershipNature = first(f.ownershipNature, e);
                    default -> {
                        // elements no schema version defines (a browser-injected script, say) carry no fact
                    }
                }
            }
            return f;
        }

        /** Like a search would, the first occurrence wins. */
        private static Element first(@Nullable Element found, Element e) {
            return found != null ? found : e;
        }
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

}
