package io.insidergraph.graph;

import java.util.ArrayList;
import java.util.Collection;
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
import io.insidergraph.graph.WriteBatch.IssuerWrite;
import io.insidergraph.graph.WriteBatch.OwnerWrite;
import io.insidergraph.graph.WriteBatch.RolePair;
import io.insidergraph.graph.WriteBatch.RowWrite;
import io.insidergraph.graph.WriteBatch.SecurityWrite;
import io.insidergraph.graph.WriteBatch.UnderlyingWrite;
import org.jspecify.annotations.Nullable;

/**
 * Turns filings into the records writers store: first each filing on its own ({@link #records}), then a batch of
 * them ({@link #of}), where what the filings say of each person or company is merged per CIK (the newest filing's
 * name, ticker and header win), securities and underlyings per id, role pairs per owner and issuer.
 */
final class WriteBatchBuilder {

    private WriteBatchBuilder() {
    }

    /** What one filing writes, before anything is merged with other filings. */
    record FilingRecords(FilingWrite filing, List<RowWrite> transactions, List<RowWrite> holdings,
            List<FootnoteWrite> footnotes, List<SecurityWrite> securities, List<UnderlyingWrite> underlyings) {
    }

    /**
     * What one filing says of one person or company, ordered by {@code key} ({@link #recency}): its name (spacing
     * cleaned), ticker, SGML header data, and whether it takes the entity for a company.
     */
    record EntityStatement(String cik, String key, boolean company, @Nullable String name, @Nullable String ticker,
            @Nullable EntityHeader header) {
    }

    static WriteBatch of(List<OwnershipFiling> batch) {
        var filings = new ArrayList<FilingWrite>();
        var securities = new LinkedHashMap<String, SecurityWrite>();
        var underlyings = new LinkedHashMap<String, UnderlyingWrite>();
        var footnotes = new ArrayList<FootnoteWrite>();
        var transactions = new ArrayList<RowWrite>();
        var holdings = new ArrayList<RowWrite>();
        var rolePairs = new LinkedHashMap<String, RolePair>();
        var statements = new ArrayList<EntityStatement>();
        for (var filing : batch) {
            var records = records(filing);
            var write = records.filing();
            filings.add(write);
            statements.addAll(statements(write));
            records.securities().forEach(s -> securities.putIfAbsent(s.id(), s));
            records.underlyings().forEach(u -> underlyings.putIfAbsent(u.from() + ">" + u.to(), u));
            footnotes.addAll(records.footnotes());
            transactions.addAll(records.transactions());
            holdings.addAll(records.holdings());
            for (var owner : write.owners()) {
                rolePairs.putIfAbsent(owner.cik() + ">" + write.issuer().cik(),
                        new RolePair(owner.cik(), write.issuer().cik()));
            }
        }
        return new WriteBatch(entities(statements), List.copyOf(filings), List.copyOf(securities.values()),
                List.copyOf(underlyings.values()), List.copyOf(footnotes), List.copyOf(transactions),
                List.copyOf(holdings), List.copyOf(rolePairs.values()));
    }

    static FilingRecords records(OwnershipFiling filing) {
        var header = filing.header();
        var issuer = filing.issuer();
        var issuerHeader = header != null && header.issuer() != null && issuer.cik().equals(header.issuer().cik())
                ? header(header.issuer()) : null;
        var owners = new ArrayList<OwnerWrite>();
        for (var owner : filing.reportingOwners()) {
            var ownerHeader = header == null ? null : header.reportingOwners().stream()
                    .filter(h -> h.cik().equals(owner.cik())).findFirst().map(WriteBatchBuilder::header).orElse(null);
            var address = owner.address();
            owners.add(new OwnerWrite(owner.cik(), owner.isDirector(), owner.isOfficer(), owner.isTenPercentOwner(),
                    owner.isOther(), owner.officerTitle(), owner.otherText(), owner.name(),
                    address == null ? null : formatAddress(address), address == null ? null : address.nonUsAddress(),
                    owner.kind() == OwnerKind.ORGANIZATION, ownerHeader));
        }
        var signatures = filing.signatures();
        var write = new FilingWrite(filing.accessionNumber(), filing.accessionSource().name(), filing.sha256(),
                filing.source(), filing.envelope().name(), filing.formType(), filing.formType().replace("/A", ""),
                filing.isAmendment(), new IssuerWrite(issuer.cik(), cleanName(issuer.name()),
                        cleanTicker(issuer.tradingSymbol()), issuerHeader),
                header != null, filing.schemaVersion(), filing.periodOfReport(), filing.filedDate(),
                filing.acceptedAt(), filing.dateOfOriginalSubmission(), filing.notSubjectToSection16(),
                filing.form3HoldingsReported(), filing.form4TransactionsReported(), filing.aff10b5One(),
                filing.noSecuritiesOwned(), filing.remarks(),
                signatures.isEmpty() ? null : signatures.stream().map(Signature::name).toList(),
                signatures.isEmpty() ? null : signatures.stream()
                        .map(s -> s.date() == null ? "" : s.date().toString()).toList(),
                List.copyOf(owners));

        var accession = filing.accessionNumber();
        var footnotes = filing.footnotes().stream()
                .map(f -> new FootnoteWrite(accession, accession + ":" + f.id(), f.id(), f.text())).toList();
        var rows = new Rows(accession, issuer.cik());
        var transactions = new ArrayList<RowWrite>();
        rows.add(filing.nonDerivativeTransactions(), transactions);
        rows.add(filing.derivativeTransactions(), transactions);
        var holdings = new ArrayList<RowWrite>();
        rows.add(filing.nonDerivativeHoldings(), holdings);
        rows.add(filing.derivativeHoldings(), holdings);
        return new FilingRecords(write, List.copyOf(transactions), List.copyOf(holdings), footnotes,
                List.copyOf(rows.securities.values()), List.copyOf(rows.underlyings.values()));
    }

    /** What a filing says of its issuer and owners, the issuer first. */
    static List<EntityStatement> statements(FilingWrite filing) {
        var key = recency(filing);
        var statements = new ArrayList<EntityStatement>();
        var issuer = filing.issuer();
        statements.add(new EntityStatement(issuer.cik(), key, true, issuer.name(), issuer.ticker(), issuer.header()));
        for (var owner : filing.owners()) {
            statements.add(new EntityStatement(owner.cik(), key, owner.organization(), cleanName(owner.nameAsFiled()),
                    null, owner.header()));
        }
        return statements;
    }

    /**
     * Merges statements per CIK. The result does not depend on their order except between statements of equal
     * key (those of one filing), where the later wins, as the issuer's before its owners' in {@link #statements}.
     */
    static List<EntityWrite> entities(Collection<EntityStatement> statements) {
        var entities = new LinkedHashMap<String, EntityState>();
        for (var statement : statements) {
            entities.computeIfAbsent(statement.cik(), EntityState::new).add(statement);
        }
        return entities.values().stream().map(EntityState::toWrite).toList();
    }

    /** Orders what several filings say of one entity: the newest filing (date, then accession) wins. */
    static String recency(FilingWrite filing) {
        var date = filing.filedAt() != null ? filing.filedAt() : filing.periodOfReport();
        return (date == null ? "0000-00-00" : date.toString()) + "|" + filing.accessionNumber();
    }

    /** The identity of a security: one per issuer, kind and title (case and spacing ignored). */
    static String securityId(String issuerCik, boolean derivative, String title) {
        return issuerCik + ":" + (derivative ? "D" : "N") + ":" + cleanTitle(title).toLowerCase(Locale.ROOT);
    }

    static String rowId(String accession, Row row) {
        return accession + ":" + (row instanceof Transaction ? "T" : "H") + ":" + (row.derivative() ? "D" : "N")
                + ":" + row.position();
    }

    static String cleanTitle(String title) {
        return title.strip().replaceAll("\\s+", " ");
    }

    static @Nullable String cleanName(@Nullable String name) {
        return name == null || name.isBlank() ? null : name.strip().replaceAll("\\s+", " ");
    }

    private static @Nullable String cleanTicker(@Nullable String ticker) {
        return ticker == null || ticker.isBlank() ? null : ticker.strip().toUpperCase(Locale.ROOT);
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

    private static EntityHeader header(HeaderEntity entity) {
        var formerNames = new LinkedHashSet<String>();
        var formerNameDates = new ArrayList<String>();
        for (var former : entity.formerNames()) {
            if (formerNames.add(former.name())) {
                formerNameDates.add(former.changedOn() == null ? "" : former.changedOn().toString());
            }
        }
        return new EntityHeader(entity.sicCode(), entity.sicDescription(), entity.stateOfIncorporation(),
                entity.fiscalYearEnd(), entity.irsNumber(), entity.businessPhone(),
                entity.businessAddress() == null ? null : formatAddress(entity.businessAddress()),
                entity.mailAddress() == null ? null : formatAddress(entity.mailAddress()),
                List.copyOf(formerNames), List.copyOf(formerNameDates));
    }

    /** The rows of one filing, with the securities and underlyings they name. */
    private static final class Rows {

        final String accession;
        final String issuerCik;
        final Map<String, SecurityWrite> securities = new LinkedHashMap<>();
        final Map<String, UnderlyingWrite> underlyings = new LinkedHashMap<>();

        Rows(String accession, String issuerCik) {
            this.accession = accession;
            this.issuerCik = issuerCik;
        }

        void add(List<? extends Row> rows, List<RowWrite> target) {
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
                var securityId = security(row.derivative(), title);
                var underlyingTitle = row.underlyingSecurityTitle().value();
                if (row.derivative() && underlyingTitle != null) {
                    var underlyingId = security(false, underlyingTitle);
                    underlyings.putIfAbsent(securityId + ">" + underlyingId,
                            new UnderlyingWrite(securityId, underlyingId));
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

        private String security(boolean derivative, String title) {
            var id = securityId(issuerCik, derivative, title);
            securities.putIfAbsent(id, new SecurityWrite(id, issuerCik, derivative, cleanTitle(title)));
            return id;
        }
    }

    /** What the statements so far say about one person or company. */
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

        void add(EntityStatement statement) {
            var key = statement.key();
            company |= statement.company();
            if (statement.name() != null) {
                names.add(statement.name());
                if (key.compareTo(nameKey) >= 0) {
                    name = statement.name();
                    nameKey = key;
                }
            }
            if (statement.ticker() != null) {
                tickers.add(statement.ticker());
                if (key.compareTo(tickerKey) >= 0) {
                    ticker = statement.ticker();
                    tickerKey = key;
                }
            }
            if (statement.header() != null && key.compareTo(headerKey) >= 0) {
                header = statement.header();
                headerKey = key;
            }
        }

        EntityWrite toWrite() {
            var shown = name == null ? cik : name;
            return new EntityWrite(cik, company, List.copyOf(names), shown,
                    name == null || company ? shown : DisplayNames.ofPerson(name), nameKey, List.copyOf(tickers),
                    ticker, tickerKey, header, headerKey);
        }
    }
}
