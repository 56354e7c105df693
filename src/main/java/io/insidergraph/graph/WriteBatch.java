package io.insidergraph.graph;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.insidergraph.filing.Row;
import org.jspecify.annotations.Nullable;

/**
 * What one batch writes, in the shape of the graph: the contract every {@link GraphWriter} implementation works
 * from. Built once per batch from the filings ({@link WriteBatchBuilder}); entities and securities that several
 * filings of the batch mention are merged there first, so each is written once per batch. Each record that becomes
 * a node or a relationship lists its properties, by their graph names, in one {@code properties} method, so that
 * every writer stores the same names with the same value types; a value of {@code null} means "no such property".
 */
record WriteBatch(
        List<EntityWrite> entities,
        List<FilingWrite> filings,
        List<SecurityWrite> securities,
        List<UnderlyingWrite> underlyings,
        List<FootnoteWrite> footnotes,
        List<RowWrite> transactions,
        List<RowWrite> holdings,
        List<RolePair> rolePairs) {

    /** Receives the properties of a node or relationship, one by one. */
    @FunctionalInterface
    interface PropertySink {
        void put(String name, @Nullable Object value);
    }

    /**
     * What a batch says of one person or company. {@code nameKey}, {@code tickerKey} and {@code headerKey} order
     * what several filings say ({@link WriteBatchBuilder#recency}): the newest statement wins, whatever the order
     * of arrival.
     */
    record EntityWrite(String cik, boolean company, List<String> names, String name, String displayName,
            String nameKey, List<String> tickers, @Nullable String ticker, String tickerKey,
            @Nullable EntityHeader header, String headerKey) {
    }

    /**
     * SGML header data of a person or company, from the newest filing with a header. Every property is given,
     * {@code null} included, so that a newer header replaces all of an older one's. On an {@code ISSUER} or
     * {@code FILED} edge, {@code formerNames} (possibly empty) is stored exactly when the filing had a header.
     */
    record EntityHeader(@Nullable String sic, @Nullable String sicDescription, @Nullable String stateOfIncorporation,
            @Nullable String fiscalYearEnd, @Nullable String irsNumber, @Nullable String businessPhone,
            @Nullable String businessAddress, @Nullable String mailAddress, List<String> formerNames,
            List<String> formerNameDates) {

        void properties(PropertySink sink) {
            sink.put("sic", sic);
            sink.put("sicDescription", sicDescription);
            sink.put("stateOfIncorporation", stateOfIncorporation);
            sink.put("fiscalYearEnd", fiscalYearEnd);
            sink.put("irsNumber", irsNumber);
            sink.put("businessPhone", businessPhone);
            sink.put("businessAddress", businessAddress);
            sink.put("mailAddress", mailAddress);
            sink.put("formerNames", formerNames);
            sink.put("formerNameDates", formerNameDates);
        }
    }

    /**
     * One filing node, its {@code ISSUER} edge and its owners' {@code FILED} edges, each edge with what this filing
     * says of that person or company, so that the entity's name, ticker and header data can be derived again from
     * the filings that remain when a stored copy is replaced.
     */
    record FilingWrite(String accessionNumber, String accessionSource, String sha256, String source, String envelope,
            String formType, String baseFormType, boolean amendment, IssuerWrite issuer, boolean hasHeader,
            @Nullable String schemaVersion, @Nullable LocalDate periodOfReport, @Nullable LocalDate filedAt,
            @Nullable LocalDateTime acceptedAt, @Nullable LocalDate dateOfOriginalSubmission,
            @Nullable Boolean notSubjectToSection16, @Nullable Boolean form3HoldingsReported,
            @Nullable Boolean form4TransactionsReported, @Nullable Boolean aff10b5One,
            @Nullable Boolean noSecuritiesOwned, @Nullable String remarks, @Nullable List<String> signatureNames,
            @Nullable List<String> signatureDates, List<OwnerWrite> owners) {

        void properties(PropertySink sink) {
            sink.put("accessionNumber", accessionNumber);
            sink.put("accessionSource", accessionSource);
            sink.put("sha256", sha256);
            sink.put("source", source);
            sink.put("envelope", envelope);
            sink.put("formType", formType);
            sink.put("baseFormType", baseFormType);
            sink.put("amendment", amendment);
            sink.put("issuerCik", issuer.cik());
            sink.put("hasHeader", hasHeader);
            sink.put("schemaVersion", schemaVersion);
            sink.put("periodOfReport", periodOfReport);
            sink.put("filedAt", filedAt);
            sink.put("acceptedAt", acceptedAt);
            sink.put("dateOfOriginalSubmission", dateOfOriginalSubmission);
            sink.put("notSubjectToSection16", notSubjectToSection16);
            sink.put("form3HoldingsReported", form3HoldingsReported);
            sink.put("form4TransactionsReported", form4TransactionsReported);
            sink.put("aff10b5One", aff10b5One);
            sink.put("noSecuritiesOwned", noSecuritiesOwned);
            sink.put("remarks", remarks);
            sink.put("signatureNames", signatureNames);
            sink.put("signatureDates", signatureDates);
        }
    }

    /**
     * The {@code ISSUER} edge: the issuer's name and ticker as this filing states them (spacing cleaned, ticker in
     * capitals), and its SGML header data when the filing has a header.
     */
    record IssuerWrite(String cik, @Nullable String name, @Nullable String ticker, @Nullable EntityHeader header) {

        void properties(PropertySink sink) {
            sink.put("name", name);
            sink.put("ticker", ticker);
            if (header != null) {
                header.properties(sink);
            }
        }
    }

    /**
     * A reporting owner's {@code FILED} edge: the relationship to the issuer as reported in that filing, whether
     * this filing takes the owner for an organisation, and the owner's SGML header data when there is a header.
     */
    record OwnerWrite(String cik, boolean isDirector, boolean isOfficer, boolean isTenPercentOwner, boolean isOther,
            @Nullable String officerTitle, @Nullable String otherText, @Nullable String nameAsFiled,
            @Nullable String address, @Nullable Boolean nonUsAddress, boolean organization,
            @Nullable EntityHeader header) {

        void properties(PropertySink sink) {
            sink.put("isDirector", isDirector);
            sink.put("isOfficer", isOfficer);
            sink.put("isTenPercentOwner", isTenPercentOwner);
            sink.put("isOther", isOther);
            sink.put("officerTitle", officerTitle);
            sink.put("otherText", otherText);
            sink.put("nameAsFiled", nameAsFiled);
            sink.put("address", address);
            sink.put("nonUsAddress", nonUsAddress);
            sink.put("organization", organization);
            if (header != null) {
                header.properties(sink);
            }
        }
    }

    /** A security, one per issuer, kind and title ({@link WriteBatchBuilder#securityId}). */
    record SecurityWrite(String id, String issuerCik, boolean derivative, String title) {
    }

    /** A derivative security and the security it converts into. */
    record UnderlyingWrite(String from, String to) {
    }

    /** A footnote of a filing; {@code id} is {@code <accession>:<footnoteId>}. */
    record FootnoteWrite(String accession, String id, String footnoteId, String text) {
    }

    /**
     * A Table I or II row (a transaction or a holding) of filing {@code accession}, attached to its security, with
     * its footnote links. {@code value} is shares × price when both are stated.
     */
    record RowWrite(String id, String accession, String issuerCik, String securityId, Row row,
            @Nullable Double value, List<FootnoteLink> footnotes) {

        /** Every fact of the row under its own name (numbers as doubles, dates as dates), and the row's keys. */
        void properties(PropertySink sink) {
            sink.put("derivative", row.derivative());
            sink.put("position", (long) row.position());
            if (row instanceof io.insidergraph.filing.Transaction transaction) {
                sink.put("transactionFormType", transaction.transactionFormType());
                sink.put("equitySwapInvolved", transaction.equitySwapInvolved());
            }
            for (var field : row.facts().entrySet()) {
                var fact = field.getValue().value();
                sink.put(field.getKey(), fact instanceof java.math.BigDecimal number ? number.doubleValue() : fact);
            }
            sink.put("footnoteIds", row.footnoteIds());
            sink.put("id", id);
            sink.put("accessionNumber", accession);
            sink.put("issuerCik", issuerCik);
            sink.put("value", value);
        }
    }

    /** A footnote attached to one field of a row: a {@code FOOTNOTE {field}} edge to footnote {@code footnote}. */
    record FootnoteLink(String field, String footnote) {
    }

    /** An owner and an issuer whose role edges the batch may change, to be recomputed. */
    record RolePair(String owner, String issuer) {
    }

    /** This batch with more role pairs to recompute (those of replaced copies), each pair once. */
    WriteBatch withRolePairs(List<RolePair> more) {
        var pairs = new java.util.LinkedHashSet<>(rolePairs);
        pairs.addAll(more);
        return new WriteBatch(entities, filings, securities, underlyings, footnotes, transactions, holdings,
                List.copyOf(pairs));
    }

    /** The accession numbers of the batch's filings, in batch order. */
    List<String> accessions() {
        return filings.stream().map(FilingWrite::accessionNumber).toList();
    }
}
