package io.insidergraph.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.graph.WriteBatch.EntityWrite;
import io.insidergraph.graph.WriteBatch.FilingWrite;
import io.insidergraph.graph.WriteBatch.FootnoteWrite;
import io.insidergraph.graph.WriteBatch.RowWrite;
import io.insidergraph.graph.WriteBatch.SecurityWrite;
import org.jspecify.annotations.Nullable;
import org.neo4j.graphdb.DatabaseShutdownException;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * Writes batches through the embedded database's own Java API, in-process: no Bolt, no Cypher planning, a few
 * times faster than the statements of {@code cypher/ingest/}, whose semantics it repeats step by step (each method
 * names its statement). Used for the embedded database only; a test ingests the same filings both ways and
 * compares the two graphs node by node and edge by edge. What the database throws leaves it as a
 * {@link GraphStoreUnavailableException} when the database has shut down, else as a {@link GraphWriteException}.
 */
public final class EmbeddedGraphWriter implements GraphWriter {

    private static final Label ENTITY = Label.label("Entity");
    private static final Label COMPANY = Label.label("Company");
    private static final Label PERSON = Label.label("Person");
    private static final Label FILING = Label.label("Filing");
    private static final Label AMENDMENT = Label.label("Amendment");
    private static final Label SECURITY = Label.label("Security");
    private static final Label TRANSACTION = Label.label("Transaction");
    private static final Label HOLDING = Label.label("Holding");
    private static final Label FOOTNOTE_NODE = Label.label("Footnote");
    private static final RelationshipType ISSUER = RelationshipType.withName("ISSUER");
    private static final RelationshipType FILED = RelationshipType.withName("FILED");
    private static final RelationshipType ISSUED = RelationshipType.withName("ISSUED");
    private static final RelationshipType UNDERLYING = RelationshipType.withName("UNDERLYING");
    private static final RelationshipType HAS_FOOTNOTE = RelationshipType.withName("HAS_FOOTNOTE");
    private static final RelationshipType REPORTS = RelationshipType.withName("REPORTS");
    private static final RelationshipType OF = RelationshipType.withName("OF");
    private static final RelationshipType FOOTNOTE = RelationshipType.withName("FOOTNOTE");
    private static final RelationshipType AMENDS = RelationshipType.withName("AMENDS");

    private final GraphDatabaseService database;

    public EmbeddedGraphWriter(GraphDatabaseService database) {
        this.database = database;
    }

    @Override
    public WriteOutcome write(List<OwnershipFiling> batch) {
        try (var tx = database.beginTx()) {
            var outcome = write(tx, batch);
            tx.commit();
            return outcome;
        }
        catch (RuntimeException ex) {
            throw translate(ex);
        }
    }

    /**
     * The database's exceptions as the project's (the one place they are looked at). Whatever a write throws once
     * the database has shut down (the shutdown itself, or a transaction it terminated) means no write can succeed.
     */
    private GraphWriteException translate(RuntimeException ex) {
        if (ex instanceof DatabaseShutdownException || !database.isAvailable()) {
            return new GraphStoreUnavailableException("The embedded database cannot take writes: it has shut down ("
                    + ex.getMessage() + ")", ex);
        }
        return new GraphWriteException(String.valueOf(ex.getMessage()), ex);
    }

    private static WriteOutcome write(Transaction tx, List<OwnershipFiling> filings) {
        Statements statements = (statement, parameters) -> {
            try (var result = tx.execute(statement, parameters)) {
                var rows = new ArrayList<Map<String, Object>>();
                result.forEachRemaining(rows::add);
                return rows;
            }
        };
        var stored = new HashMap<String, WritePlan.Stored>();
        for (var accession : WritePlan.accessions(filings)) {
            var filing = tx.findNode(FILING, "accessionNumber", accession);
            if (filing != null) {
                stored.put(accession, new WritePlan.Stored((String) filing.getProperty("sha256"),
                        (String) filing.getProperty("source")));
            }
        }
        var plan = WritePlan.of(filings, stored, statements);
        plan.replacedAccessions().forEach(accession -> deleteFiling(tx, accession));
        if (!plan.toWrite().isEmpty()) {
            var batch = WriteBatchBuilder.of(plan.toWrite()).withRolePairs(Replacement.rolePairs(plan.toReplace()));
            var entities = new HashMap<String, Node>();
            batch.entities().forEach(entity -> entities.put(entity.cik(), mergeEntity(tx, entity)));
            var filingNodes = new HashMap<String, Node>();
            batch.filings().forEach(filing -> filingNodes.put(filing.accessionNumber(),
                    createFiling(tx, filing, entities)));
            var securities = new HashMap<String, Node>();
            batch.securities().forEach(security -> securities.put(security.id(),
                    mergeSecurity(tx, security, entities)));
            batch.underlyings().forEach(link -> mergeRelationship(securities.get(link.from()),
                    securities.get(link.to()), UNDERLYING));
            var footnotes = new HashMap<String, Node>();
            batch.footnotes().forEach(footnote -> footnotes.put(footnote.id(),
                    createFootnote(tx, footnote, filingNodes)));
            batch.transactions().forEach(row -> createRow(tx, TRANSACTION, row, filingNodes, securities, footnotes));
            batch.holdings().forEach(row -> createRow(tx, HOLDING, row, filingNodes, securities, footnotes));
            batch.rolePairs().forEach(pair -> recomputeRoles(entity(tx, entities, pair.owner()),
                    entity(tx, entities, pair.issuer())));
            batch.accessions().forEach(accession -> linkAmendments(tx, filingNodes.get(accession)));
        }
        Replacement.afterWriting(plan.toReplace(), statements,
                entities -> entities.forEach(entity -> mergeEntity(tx, entity)));
        // 16-sources.cypher
        plan.sourceUpdates().forEach((accession, source) ->
                tx.findNode(FILING, "accessionNumber", accession).setProperty("source", source));
        return plan.outcome();
    }

    /** An entity of the batch, or one only a replaced copy named. */
    private static Node entity(Transaction tx, Map<String, Node> entities, String cik) {
        return entities.computeIfAbsent(cik, key -> tx.findNode(ENTITY, "cik", key));
    }

    /** 01-delete-filings.cypher */
    private static void deleteFiling(Transaction tx, String accession) {
        var filing = tx.findNode(FILING, "accessionNumber", accession);
        if (filing == null) {
            return;
        }
        for (var reported : filing.getRelationships(Direction.OUTGOING, REPORTS, HAS_FOOTNOTE)) {
            var node = reported.getEndNode();
            node.getRelationships().forEach(Relationship::delete);
            node.delete();
        }
        filing.getRelationships().forEach(Relationship::delete);
        filing.delete();
    }

    /** 02-entities.cypher */
    private static Node mergeEntity(Transaction tx, EntityWrite row) {
        var cik = row.cik();
        var entity = tx.findNode(ENTITY, "cik", cik);
        if (entity == null) {
            entity = tx.createNode(ENTITY);
            entity.setProperty("cik", cik);
            entity.setProperty("nameKey", "");
            entity.setProperty("tickerKey", "");
            entity.setProperty("headerKey", "");
            entity.setProperty("names", new String[0]);
            entity.setProperty("tickers", new String[0]);
        }
        if (row.company()) {
            if (!entity.hasLabel(COMPANY)) {
                entity.addLabel(COMPANY);
                entity.removeLabel(PERSON);
            }
        }
        else if (!entity.hasLabel(COMPANY) && !entity.hasLabel(PERSON)) {
            entity.addLabel(PERSON);
        }
        boolean newestName = row.nameKey().compareTo((String) entity.getProperty("nameKey")) >= 0;
        boolean newestTicker = row.ticker() != null
                && row.tickerKey().compareTo((String) entity.getProperty("tickerKey")) >= 0;
        setIfChanged(entity, "names", sortedUnion(entity.getProperty("names"), row.names()));
        setIfChanged(entity, "tickers", sortedUnion(entity.getProperty("tickers"), row.tickers()));
        if (newestName) {
            setIfChanged(entity, "name", row.name());
            setIfChanged(entity, "nameKey", row.nameKey());
        }
        if (newestTicker) {
            setIfChanged(entity, "ticker", row.ticker());
            setIfChanged(entity, "tickerKey", row.tickerKey());
        }
        if (entity.hasLabel(COMPANY)) {
            setIfChanged(entity, "displayName", entity.getProperty("name"));
        }
        else if (newestName) {
            setIfChanged(entity, "displayName", row.displayName());
        }
        var header = row.header();
        if (header != null && row.headerKey().compareTo((String) entity.getProperty("headerKey")) >= 0) {
            var target = entity;
            header.properties((name, value) -> setIfChanged(target, name, storeValue(value)));
            setIfChanged(entity, "headerKey", row.headerKey());
        }
        return entity;
    }

    /** 03-filings.cypher */
    private static Node createFiling(Transaction tx, FilingWrite row, Map<String, Node> entities) {
        var filing = tx.createNode(FILING);
        row.properties(setter(filing));
        if (row.amendment()) {
            filing.addLabel(AMENDMENT);
        }
        row.issuer().properties(setter(filing.createRelationshipTo(entities.get(row.issuer().cik()), ISSUER)));
        for (var owner : row.owners()) {
            var filed = entities.get(owner.cik()).createRelationshipTo(filing, FILED);
            owner.properties(setter(filed));
        }
        return filing;
    }

    /** 04-securities.cypher */
    private static Node mergeSecurity(Transaction tx, SecurityWrite row, Map<String, Node> entities) {
        var title = row.title();
        var security = tx.findNode(SECURITY, "id", row.id());
        if (security == null) {
            security = tx.createNode(SECURITY);
            security.setProperty("id", row.id());
            security.setProperty("title", title);
            security.setProperty("derivative", row.derivative());
            security.setProperty("issuerCik", row.issuerCik());
        }
        else if (title.compareTo((String) security.getProperty("title")) < 0) {
            security.setProperty("title", title);
        }
        mergeRelationship(entities.get(row.issuerCik()), security, ISSUED);
        return security;
    }

    /** 06-footnotes.cypher */
    private static Node createFootnote(Transaction tx, FootnoteWrite row, Map<String, Node> filings) {
        var footnote = tx.createNode(FOOTNOTE_NODE);
        footnote.setProperty("id", row.id());
        footnote.setProperty("footnoteId", row.footnoteId());
        footnote.setProperty("text", row.text());
        filings.get(row.accession()).createRelationshipTo(footnote, HAS_FOOTNOTE);
        return footnote;
    }

    /** 07-transactions.cypher and 08-holdings.cypher */
    private static void createRow(Transaction tx, Label label, RowWrite row, Map<String, Node> filings,
            Map<String, Node> securities, Map<String, Node> footnotes) {
        var node = tx.createNode(label);
        row.properties(setter(node));
        filings.get(row.accession()).createRelationshipTo(node, REPORTS);
        node.createRelationshipTo(securities.get(row.securityId()), OF);
        for (var link : row.footnotes()) {
            var footnote = footnotes.get(link.footnote());
            if (footnote != null) {
                node.createRelationshipTo(footnote, FOOTNOTE).setProperty("field", link.field());
            }
        }
    }

    /** 09-roles.cypher: role edges, one per spell, recomputed from every FILED edge between owner and issuer. */
    private static void recomputeRoles(Node owner, Node issuer) {
        EmbeddedRoles.recompute(owner, issuer);
    }

    /** 10-amendments.cypher */
    private static void linkAmendments(Transaction tx, Node filing) {
        var issuerCik = filing.getProperty("issuerCik");
        if (Boolean.TRUE.equals(filing.getProperty("amendment"))) {
            try (var candidates = tx.findNodes(FILING, "issuerCik", issuerCik)) {
                candidates.forEachRemaining(original -> {
                    if (!Boolean.TRUE.equals(original.getProperty("amendment"))
                            && Objects.equals(original.getProperty("formType"), filing.getProperty("baseFormType"))
                            && amends(filing, original) && shareOwner(filing, original)) {
                        mergeRelationship(filing, original, AMENDS);
                    }
                });
            }
        }
        else {
            try (var candidates = tx.findNodes(AMENDMENT, "issuerCik", issuerCik)) {
                candidates.forEachRemaining(amendment -> {
                    if (Objects.equals(amendment.getProperty("baseFormType"), filing.getProperty("formType"))
                            && amends(amendment, filing) && shareOwner(filing, amendment)) {
                        mergeRelationship(amendment, filing, AMENDS);
                    }
                });
            }
        }
    }

    private static boolean amends(Node amendment, Node original) {
        var dateOfOriginal = amendment.getProperty("dateOfOriginalSubmission", null);
        var filedAt = original.getProperty("filedAt", null);
        if (dateOfOriginal != null && filedAt != null) {
            return filedAt.equals(dateOfOriginal);
        }
        var period = original.getProperty("periodOfReport", null);
        return period != null && period.equals(amendment.getProperty("periodOfReport", null));
    }

    private static boolean shareOwner(Node a, Node b) {
        var owners = new HashSet<Node>();
        a.getRelationships(Direction.INCOMING, FILED).forEach(r -> owners.add(r.getStartNode()));
        for (var filed : b.getRelationships(Direction.INCOMING, FILED)) {
            if (owners.contains(filed.getStartNode())) {
                return true;
            }
        }
        return false;
    }

    private static void mergeRelationship(Node from, Node to, RelationshipType type) {
        if (find(from, to, type) == null) {
            from.createRelationshipTo(to, type);
        }
    }

    /** The relationship from one node to another, searched from whichever end has fewer of that type. */
    private static @Nullable Relationship find(Node from, Node to, RelationshipType type) {
        boolean fromSide = from.getDegree(type, Direction.OUTGOING) <= to.getDegree(type, Direction.INCOMING);
        var candidates = fromSide ? from.getRelationships(Direction.OUTGOING, type)
                : to.getRelationships(Direction.INCOMING, type);
        for (var relationship : candidates) {
            if ((fromSide ? relationship.getEndNode() : relationship.getStartNode()).equals(fromSide ? to : from)) {
                return relationship;
            }
        }
        return null;
    }

    /** The stored list (an array of strings, or an empty array of any type as Cypher stores []) and more. */
    private static String[] sortedUnion(Object stored, List<String> added) {
        var union = new TreeSet<String>(added);
        for (int i = 0; i < java.lang.reflect.Array.getLength(stored); i++) {
            union.add((String) java.lang.reflect.Array.get(stored, i));
        }
        return union.toArray(String[]::new);
    }

    /** Sets the properties a record lists on a node or relationship just created: absent values are skipped. */
    private static WriteBatch.PropertySink setter(org.neo4j.graphdb.Entity target) {
        return (name, value) -> {
            if (value != null) {
                target.setProperty(name, storeValue(value));
            }
        };
    }

    /** Stores a value as Cypher would: integers as longs, lists as arrays, null as no property. */
    private static void setOrRemove(org.neo4j.graphdb.Entity target, String key, @Nullable Object value) {
        if (value == null) {
            target.removeProperty(key);
        }
        else {
            target.setProperty(key, storeValue(value));
        }
    }

    /**
     * Writes only what changes: an unchanged write of a name would still cost a full-text index update, and
     * entities are written by every filing that names them.
     */
    private static void setIfChanged(Node target, String key, @Nullable Object value) {
        var current = target.getProperty(key, null);
        if (value == null) {
            if (current != null) {
                target.removeProperty(key);
            }
        }
        else if (!(value instanceof String[] array && current instanceof String[] stored
                ? Arrays.equals(array, stored) : value.equals(current))) {
            target.setProperty(key, value);
        }
    }

    private static @Nullable Object storeValue(@Nullable Object value) {
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String.class::cast).toArray(String[]::new);
        }
        return value;
    }
}
