package io.insidergraph.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import io.insidergraph.filing.Address;
import io.insidergraph.filing.HeaderEntity;
import io.insidergraph.filing.OwnerKind;
import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.filing.Row;
import io.insidergraph.filing.Signature;
import io.insidergraph.filing.Transaction;
import io.insidergraph.graph.WriteBatch.EntityHeader;
import io.insidergraph.graph.WriteBatch.EntityWrite;
import io.insidergraph.graph.WriteBatch.FilingWrite;
import io.insidergraph.graph.WriteBatch.FootnoteLink;
import io.insidergraph.graph.WriteBatch.FootnoteWrite;
import io.insidergraph.graph.WriteBatch.OwnerWrite;
import io.insidergraph.graph.WriteBatch.RolePair;
import io.insidergraph.graph.WriteBatch.RowWrite;
import io.insidergraph.graph.WriteBatch.SecurityWrite;
import io.insidergraph.graph.WriteBatch.UnderlyingWrite;
import org.jspecify.annotations.Nullable;

/**
 * Turns the filings of one batch into a {@link WriteBatch}: what each filing says of its issuer and owners is merged
 * per CIK (the newest filing's name, ticker and header win), securities and underlyings per id, role pairs per owner
 * and issuer.
 */
final class WriteBatchBuilder {

    private final Map<String, EntityState> entities = new LinkedHashMap<>();
    private final List<FilingWrite> filings = new ArrayList<>();
    private final Map<String, SecurityWrite> securities = new LinkedHashMap<>();
    private final Map<String, UnderlyingWrite> underlyings = new LinkedHashMap<>();
    private final List<FootnoteWrite> footnotes = new ArrayList<>();
    private final List<RowWrite> transactions = new ArrayList<>();
    private final List<RowWrite> holdings = new ArrayList<>();
    private final Map<String, RolePair> rolePairs = new LinkedHashMap<>();

    private WriteBatchBuilder() {
    }

    static WriteBatch of(List<OwnershipFiling> batch) {
        var builder = new WriteBatchBuilder();
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

    private void add(OwnershipFiling filing) {
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

        var owners = new ArrayList<OwnerWrite>();
        for (var owner : filing.reportingOwners()) {
            var entity = entity(owner.cik());
            entity.company |= owner.kind() == OwnerKind.ORGANIZATION;
            entity.name(owner.name(), key);
            if (header != null) {
                header.reportingOwners().stream().filter(h -> h.cik().equals(owner.cik())).findFirst()
                        .ifPresent(h -> entity.header(h, key));
            }
            var address = owner.address();
            owners.add(new OwnerWrite(owner.cik(), owner.isDirector(), owner.isOfficer(), owner.isTenPercentOwner(),
                    owner.isOther(), owner.officerTitle(), owner.otherText(), owner.name(),
                    address == null ? null : formatAddress(address), address == null ? null : address.nonUsAddress()));
            rolePairs.putIfAbsent(owner.cik() + ">" + issuer.cik(), new RolePair(owner.cik(), issuer.cik()));
        }
        filings.add(filingWrite(filing, owners));

        for (var footnote : filing.footnotes()) {
            footnotes.add(new FootnoteWrite(filing.accessionNumber(), filing.accessionNumber() + ":" + footnote.id(),
                    footnote.id(), footnote.text()));
        }
        addRows(filing, filing.nonDerivativeTransactions(), transactions);
        addRows(filing, filing.derivativeTransactions(), transactions);
        addRows(filing, filing.nonDerivativeHoldings(), holdings);
        addRows(filing, filing.derivativeHoldings(), holdings);
    }

    private static FilingWrite filingWrite(OwnershipFiling filing, List<OwnerWrite> owners) {
        var signatures = filing.signatures();
        return new FilingWrite(filing.accessionNumber(), filing.accessionSource().name(), filing.sha256(),
                filing.source(), filing.envelope().name(), filing.formType(), filing.formType().replace("/A", ""),
                filing.isAmendment(), filing.issuer().cik(), filing.header() != null, filing.schemaVersion(),
                filing.periodOfReport(), filing.filedDate(), filing.acceptedAt(), filing.dateOfOriginalSubmission(),
                filing.notSubjectToSection16(), filing.form3HoldingsReported(), filing.form4TransactionsReported(),
                filing.aff10b5One(), filing.noSecuritiesOwned(), filing.remarks(),
                signatures.isEmpty() ? null : signatures.stream().map(Signature::name).toList(),
                signatures.isEmpty() ? null : signatures.stream()
                        .map(s -> s.date() == null ? "" : s.date().toString()).toList(),
                List.copyOf(owners));
    }

    private void addRows(OwnershipFiling filing, List<? extends Row> rows, List<RowWrite> target) {
        var accession = filing.accessionNumber();
        var issuerCik = filing.issuer().cik();
        for (var row : rows) {
            Double value = null;
            if (row instanceof Transaction transaction) {
                var shares = transaction.shares().value();
                var price = transaction.pricePerShare().value();
                if (shares != null && price != null) {
                    value = shares.multiply(price).doubleValue();
                }
            }
            var title = Objects.requireNonNullElse(row.securityTitle().value(), "(untitled)");
            var securityId = securityId(issuerCik, row.derivative(), title);
            security(securityId, issuerCik, row.derivative(), title);
            var underlyingTitle = row.underlyingSecurityTitle().value();
            if (row.derivative() && underlyingTitle != null) {
                var underlyingId = securityId(issuerCik, false, underlyingTitle);
                security(underlyingId, issuerCik, false, underlyingTitle);
                underlyings.putIfAbsent(securityId + ">" + underlyingId, new UnderlyingWrite(securityId, underlyingId));
            }
            var links = new ArrayList<FootnoteLink>();
            for (var field : row.facts().entrySet()) {
                for (var footnoteId : field.getValue().footnoteIds()) {
                    links.add(new FootnoteLink(field.getKey(), accession + ":" + footnoteId));
                }
            }
            target.add(new RowWrite(rowId(accession, row), accession, issuerCik, securityId, row, value,
                    List.copyOf(links)));
        }
    }

    private void security(String id, String issuerCik, boolean derivative, String title) {
        securities.putIfAbsent(id, new SecurityWrite(id, issuerCik, derivative, title.strip().replaceAll("\\s+", " ")));
    }

    private EntityState entity(String cik) {
        return entities.computeIfAbsent(cik, EntityState::new);
    }

    private WriteBatch build() {
        return new WriteBatch(entities.values().stream().map(EntityState::toWrite).toList(), List.copyOf(filings),
                List.copyOf(securities.values()), List.copyOf(underlyings.values()), List.copyOf(footnotes),
                List.copyOf(transactions), List.copyOf(holdings), List.copyOf(rolePairs.values()));
    }

    static @Nullable String formatAddress(Address address) {
        var parts = new ArrayList<String>();
        for (var part : new @Nullable String[] {address.street1(), address.street2(), address.city(),
                address.state(), address.zipCode(), address.stateDescription()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** What the batch says about one person or company so far. */
    private static final class EntityState {

        final String cik;
        boolean company;
        final TreeSet<String> names = new TreeSet<>();
        @Nullable String name;
        String nameKey = "";
        final TreeSet<String> tickers = new TreeSet<>();
        @Nullable String ticker;
        String tickerKey = "";
        @Nullable EntityHeader header;
        String headerKey = "";

        EntityState(String cik) {
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

        /** Header data of the newest filing that has a header. */
        void header(HeaderEntity entity, String key) {
            if (key.compareTo(headerKey) < 0) {
                return;
            }
            var formerNames = new LinkedHashSet<String>();
            var formerNameDates = new ArrayList<String>();
            for (var former : entity.formerNames()) {
                if (formerNames.add(former.name())) {
                    formerNameDates.add(former.changedOn() == null ? "" : former.changedOn().toString());
                }
            }
            header = new EntityHeader(entity.sicCode(), entity.sicDescription(), entity.stateOfIncorporation(),
                    entity.fiscalYearEnd(), entity.irsNumber(), entity.businessPhone(),
                    entity.businessAddress() == null ? null : formatAddress(entity.businessAddress()),
                    entity.mailAddress() == null ? null : formatAddress(entity.mailAddress()),
                    List.copyOf(formerNames), List.copyOf(formerNameDates));
            headerKey = key;
        }

        EntityWrite toWrite() {
            var shown = name == null ? cik : name;
            return new EntityWrite(cik, company, List.copyOf(names), shown,
                    name == null || company ? shown : DisplayNames.ofPerson(name), nameKey, List.copyOf(tickers),
                    ticker, tickerKey, header, headerKey);
        }
    }
}
