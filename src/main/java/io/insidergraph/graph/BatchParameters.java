package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import io.insidergraph.filing.Address;
import io.insidergraph.filing.HeaderEntity;
import io.insidergraph.filing.Holding;
import io.insidergraph.filing.OwnerKind;
import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.filing.Row;
import io.insidergraph.filing.Transaction;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of the statements in {@code cypher/ingest/} for one batch of filings: plain maps and lists that
 * the driver sends as they are. Entities that several filings of the batch mention are merged here first, so each
 * is written once per batch.
 */
record BatchParameters(
        List<Map<String, Object>> entities,
        List<Map<String, Object>> filings,
        List<Map<String, Object>> securities,
        List<Map<String, Object>> underlyings,
        List<Map<String, Object>> footnotes,
        List<Map<String, Object>> transactions,
        List<Map<String, Object>> holdings,
        List<Map<String, Object>> rolePairs,
        List<String> accessions) {

    static BatchParameters of(List<OwnershipFiling> batch) {
        var builder = new Builder();
        batch.forEach(builder::add);
        return builder.build();
    }

    /** Orders what several filings say of one entity: the newest filing (date, then accession) wins. */
    static String recency(OwnershipFiling filing) {
        var date = filing.filedDate() != null ? filing.filedDate() : filing.periodOfReport();
        return (date == null ? "0000-00-00" : date.toString()) + "|" + filing.accessionNumber();
    }

    /** The identity of a security: one per issuer, kind and title (case and spacing ignored). */
    static String securityId(String issuerCik, boolean derivative, String title) {
        return issuerCik + ":" + (derivative ? "D" : "N") + ":"
                + title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String rowId(String accession, Row row) {
        return accession + ":" + (row instanceof Transaction ? "T" : "H") + ":" + (row.derivative() ? "D" : "N")
                + ":" + row.position();
    }

    private static final class Builder {

        private final Map<String, EntityRow> entities = new LinkedHashMap<>();
        private final List<Map<String, Object>> filings = new ArrayList<>();
        private final Map<String, Map<String, Object>> securities = new LinkedHashMap<>();
        private final Map<String, Map<String, Object>> underlyings = new LinkedHashMap<>();
        private final List<Map<String, Object>> footnotes = new ArrayList<>();
        private final List<Map<String, Object>> transactions = new ArrayList<>();
        private final List<Map<String, Object>> holdings = new ArrayList<>();
        private final Map<String, Map<String, Object>> rolePairs = new LinkedHashMap<>();
        private final List<String> accessions = new ArrayList<>();

        void add(OwnershipFiling filing) {
            var key = recency(filing);
            var issuer = filing.issuer();
            var header = filing.header();
            var issuerEntity = entity(issuer.cik());
            issuerEntity.company = true;
            issuerEntity.name(issuer.name(), key);
            issuerEntity.ticker(issuer.tradingSymbol(), key);
            if (header != null && header.issuer() != null && issuer.cik().equals(header.issuer().cik())) {
                issuerEntity.header(header.issuer(), key);
            }

            var owners = new ArrayList<Map<String, Object>>();
            for (var owner : filing.reportingOwners()) {
                var entity = entity(owner.cik());
                entity.company |= owner.kind() == OwnerKind.ORGANIZATION;
                entity.name(owner.name(), key);
                if (header != null) {
                    header.reportingOwners().stream().filter(h -> h.cik().equals(owner.cik())).findFirst()
                            .ifPresent(h -> entity.header(h, key));
                }
                var relationship = new HashMap<String, Object>();
                relationship.put("isDirector", owner.isDirector());
                relationship.put("isOfficer", owner.isOfficer());
                relationship.put("isTenPercentOwner", owner.isTenPercentOwner());
                relationship.put("isOther", owner.isOther());
                putIfPresent(relationship, "officerTitle", owner.officerTitle());
                putIfPresent(relationship, "otherText", owner.otherText());
                putIfPresent(relationship, "nameAsFiled", owner.name());
                putAddress(relationship, owner.address());
                owners.add(Map.of("cik", owner.cik(), "properties", relationship));
                rolePairs.putIfAbsent(owner.cik() + ">" + issuer.cik(),
                        Map.of("owner", owner.cik(), "issuer", issuer.cik()));
            }

            filings.add(Map.of("properties", filingProperties(filing), "issuerCik", issuer.cik(),
                    "owners", owners));
            accessions.add(filing.accessionNumber());

            for (var footnote : filing.footnotes()) {
                footnotes.add(Map.of("accession", filing.accessionNumber(),
                        "id", filing.accessionNumber() + ":" + footnote.id(),
                        "footnoteId", footnote.id(), "text", footnote.text()));
            }
            addRows(filing, filing.nonDerivativeTransactions(), transactions);
            addRows(filing, filing.derivativeTransactions(), transactions);
            addRows(filing, filing.nonDerivativeHoldings(), holdings);
            addRows(filing, filing.derivativeHoldings(), holdings);
        }

        private void addRows(OwnershipFiling filing, List<? extends Row> rows, List<Map<String, Object>> target) {
            var accession = filing.accessionNumber();
            var issuerCik = filing.issuer().cik();
            for (var row : rows) {
                var mapped = RowProperties.of(row);
                var properties = mapped.properties();
                var id = rowId(accession, row);
                properties.put("id", id);
                properties.put("accessionNumber", accession);
                properties.put("issuerCik", issuerCik);
                if (row instanceof Transaction transaction) {
                    var shares = transaction.shares().value();
                    var price = transaction.pricePerShare().value();
                    if (shares != null && price != null) {
                        properties.put("value", shares.multiply(price).doubleValue());
                    }
                }
                var title = Objects.requireNonNullElse(row.securityTitle().value(), "(untitled)");
                var securityId = securityId(issuerCik, row.derivative(), title);
                security(securityId, issuerCik, row.derivative(), title);
                var underlyingTitle = row.underlyingSecurityTitle().value();
                if (row.derivative() && underlyingTitle != null) {
                    var underlyingId = securityId(issuerCik, false, underlyingTitle);
                    security(underlyingId, issuerCik, false, underlyingTitle);
                    underlyings.putIfAbsent(securityId + ">" + underlyingId,
                            Map.of("from", securityId, "to", underlyingId));
                }
                var refs = mapped.footnotes().stream()
                        .map(ref -> Map.<String, Object>of("field", ref.field(),
                                "footnote", accession + ":" + ref.footnoteId()))
                        .toList();
                target.add(Map.of("accession", accession, "securityId", securityId, "properties", properties,
                        "footnotes", refs));
            }
        }

        private void security(String id, String issuerCik, boolean derivative, String title) {
            securities.putIfAbsent(id, Map.of("id", id, "issuerCik", issuerCik, "derivative", derivative,
                    "title", title.strip().replaceAll("\\s+", " ")));
        }

        private EntityRow entity(String cik) {
            return entities.computeIfAbsent(cik, EntityRow::new);
        }

        BatchParameters build() {
            return new BatchParameters(entities.values().stream().map(EntityRow::toMap).toList(),
                    List.copyOf(filings), List.copyOf(securities.values()), List.copyOf(underlyings.values()),
                    List.copyOf(footnotes), List.copyOf(transactions), List.copyOf(holdings),
                    List.copyOf(rolePairs.values()), List.copyOf(accessions));
        }
    }

    private static Map<String, Object> filingProperties(OwnershipFiling filing) {
        var p = new HashMap<String, Object>();
        p.put("accessionNumber", filing.accessionNumber());
        p.put("accessionSource", filing.accessionSource().name());
        p.put("sha256", filing.sha256());
        p.put("source", filing.source());
        p.put("envelope", filing.envelope().name());
        p.put("formType", filing.formType());
        p.put("baseFormType", filing.formType().replace("/A", ""));
        p.put("amendment", filing.isAmendment());
        p.put("issuerCik", filing.issuer().cik());
        p.put("hasHeader", filing.header() != null);
        putIfPresent(p, "schemaVersion", filing.schemaVersion());
        putIfPresent(p, "periodOfReport", filing.periodOfReport());
        putIfPresent(p, "filedAt", filing.filedDate());
        putIfPresent(p, "acceptedAt", filing.acceptedAt());
        putIfPresent(p, "dateOfOriginalSubmission", filing.dateOfOriginalSubmission());
        putIfPresent(p, "notSubjectToSection16", filing.notSubjectToSection16());
        putIfPresent(p, "form3HoldingsReported", filing.form3HoldingsReported());
        putIfPresent(p, "form4TransactionsReported", filing.form4TransactionsReported());
        putIfPresent(p, "aff10b5One", filing.aff10b5One());
        putIfPresent(p, "noSecuritiesOwned", filing.noSecuritiesOwned());
        putIfPresent(p, "remarks", filing.remarks());
        if (!filing.signatures().isEmpty()) {
            p.put("signatureNames", filing.signatures().stream().map(s -> s.name()).toList());
            p.put("signatureDates", filing.signatures().stream()
                    .map(s -> s.date() == null ? "" : s.date().toString()).toList());
        }
        return p;
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void putAddress(Map<String, Object> map, @Nullable Address address) {
        if (address == null) {
            return;
        }
        putIfPresent(map, "address", formatAddress(address));
        putIfPresent(map, "nonUsAddress", address.nonUsAddress());
    }

    private static @Nullable String formatAddress(Address address) {
        var parts = new ArrayList<String>();
        for (var part : new @Nullable String[] {address.street1(), address.street2(), address.city(),
                address.state(), address.zipCode(), address.stateDescription()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** What a batch says about one person or company. */
    private static final class EntityRow {

        final String cik;
        boolean company;
        final TreeSet<String> names = new TreeSet<>();
        @Nullable String name;
        String nameKey = "";
        final TreeSet<String> tickers = new TreeSet<>();
        @Nullable String ticker;
        String tickerKey = "";
        @Nullable Map<String, Object> header;
        String headerKey = "";

        EntityRow(String cik) {
            this.cik = cik;
        }

        void name(@Nullable String value, String key) {
            if (value == null || value.isBlank()) {
                return;
            }
            var cleaned = value.strip().replaceAll("\\s+", " ");
            names.add(cleaned);
            if (key.compareTo(nameKey) >= 0) {
                name = cleaned;
                nameKey = key;
            }
        }

        void ticker(@Nullable String value, String key) {
            if (value == null || value.isBlank()) {
                return;
            }
            var cleaned = value.strip().toUpperCase(Locale.ROOT);
            tickers.add(cleaned);
            if (key.compareTo(tickerKey) >= 0) {
                ticker = cleaned;
                tickerKey = key;
            }
        }

        /**
         * Header data of the newest filing that has a header. Every key is present (null when this header does not
         * state it), so that the newest header replaces all of an older one's, whatever the arrival order.
         */
        void header(HeaderEntity entity, String key) {
            if (key.compareTo(headerKey) < 0) {
                return;
            }
            var p = new HashMap<String, Object>();
            p.put("sic", entity.sicCode());
            p.put("sicDescription", entity.sicDescription());
            p.put("stateOfIncorporation", entity.stateOfIncorporation());
            p.put("fiscalYearEnd", entity.fiscalYearEnd());
            p.put("irsNumber", entity.irsNumber());
            p.put("businessPhone", entity.businessPhone());
            p.put("businessAddress", entity.businessAddress() == null ? null : formatAddress(entity.businessAddress()));
            p.put("mailAddress", entity.mailAddress() == null ? null : formatAddress(entity.mailAddress()));
            var formerNames = new LinkedHashSet<String>();
            var formerNameDates = new ArrayList<String>();
            for (var former : entity.formerNames()) {
                if (formerNames.add(former.name())) {
                    LocalDate changed = former.changedOn();
                    formerNameDates.add(changed == null ? "" : changed.toString());
                }
            }
            p.put("formerNames", List.copyOf(formerNames));
            p.put("formerNameDates", formerNameDates);
            header = p;
            headerKey = key;
        }

        Map<String, Object> toMap() {
            var m = new HashMap<String, Object>();
            m.put("cik", cik);
            m.put("company", company);
            m.put("names", List.copyOf(names));
            m.put("name", name == null ? cik : name);
            m.put("displayName", name == null ? cik : company ? name : DisplayNames.ofPerson(name));
            m.put("nameKey", nameKey);
            m.put("tickers", List.copyOf(tickers));
            m.put("ticker", ticker);
            m.put("tickerKey", tickerKey);
            m.put("header", header);
            m.put("headerKey", headerKey);
            return m;
        }
    }
}
