package io.insidergraph.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import io.insidergraph.filing.OwnershipFiling;
import org.jspecify.annotations.Nullable;
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
 * compares the two graphs node by node and edge by edge.
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
    }

    private static WriteOutcome write(Transaction tx, List<OwnershipFiling> batch) {
        var stored = new HashMap<String, WritePlan.Stored>();
        for (var accession : WritePlan.accessions(batch)) {
            var filing = tx.findNode(FILING, "accessionNumber", accession);
            if (filing != null) {
                stored.put(accession, new WritePlan.Stored((String) filing.getProperty("sha256"),
                        Boolean.TRUE.equals(filing.getProperty("hasHeader", false))));
            }
        }
        var plan = WritePlan.of(batch, stored);
        plan.toReplace().forEach(accession -> deleteFiling(tx, accession));
        if (!plan.toWrite().isEmpty()) {
            var p = BatchParameters.of(plan.toWrite());
            var entities = new HashMap<String, Node>();
            p.entities().forEach(row -> entities.put((String) row.get("cik"), mergeEntity(tx, row)));
            var filings = new HashMap<String, Node>();
            p.filings().forEach(row -> createFiling(tx, row, entities, filings));
            var securities = new HashMap<String, Node>();
            p.securities().forEach(row -> securities.put((String) row.get("id"), mergeSecurity(tx, row, entities)));
            p.underlyings().forEach(row -> mergeRelationship(securities.get((String) row.get("from")),
                    securities.get((String) row.get("to")), UNDERLYING));
            var footnotes = new HashMap<String, Node>();
            p.footnotes().forEach(row -> footnotes.put((String) row.get("id"), createFootnote(tx, row, filings)));
            p.transactions().forEach(row -> createRow(tx, TRANSACTION, row, filings, securities, footnotes));
            p.holdings().forEach(row -> createRow(tx, HOLDING, row, filings, securities, footnotes));
            p.rolePairs().forEach(pair -> recomputeRoles(entities.get((String) pair.get("owner")),
                    entities.get((String) pair.get("issuer"))));
            p.accessions().forEach(accession -> linkAmendments(tx, filings.get(accession)));
        }
        return plan.outcome();
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
    private static Node mergeEntity(Transaction tx, Map<String, Object> row) {
        var cik = (String) row.get("cik");
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
        if (Boolean.TRUE.equals(row.get("company"))) {
            if (!entity.hasLabel(COMPANY)) {
                entity.addLabel(COMPANY);
                entity.removeLabel(PERSON);
            }
        }
        else if (!entity.hasLabel(COMPANY) && !entity.hasLabel(PERSON)) {
            entity.addLabel(PERSON);
        }
        boolean newestName = ((String) row.get("nameKey")).compareTo((String) entity.getProperty("nameKey")) >= 0;
        boolean newestTicker = row.get("ticker") != null
                && ((String) row.get("tickerKey")).compareTo((String) entity.getProperty("tickerKey")) >= 0;
        setIfChanged(entity, "names", sortedUnion((String[]) entity.getProperty("names"), row.get("names")));
        setIfChanged(entity, "tickers", sortedUnion((String[]) entity.getProperty("tickers"), row.get("tickers")));
        if (newestName) {
            setIfChanged(entity, "name", row.get("name"));
            setIfChanged(entity, "nameKey", row.get("nameKey"));
        }
        if (newestTicker) {
            setIfChanged(entity, "ticker", row.get("ticker"));
            setIfChanged(entity, "tickerKey", row.get("tickerKey"));
        }
        if (entity.hasLabel(COMPANY)) {
            setIfChanged(entity, "displayName", entity.getProperty("name"));
        }
        else if (newestName) {
            setIfChanged(entity, "displayName", row.get("displayName"));
        }
        @SuppressWarnings("unchecked")
        var header = (Map<String, Object>) row.get("header");
        if (header != null && ((String) row.get("headerKey")).compareTo((String) entity.getProperty("headerKey")) >= 0) {
            for (var property : header.entrySet()) {
                setIfChanged(entity, property.getKey(), storeValue(property.getValue()));
            }
            setIfChanged(entity, "headerKey", row.get("headerKey"));
        }
        return entity;
    }

    /** 03-filings.cypher */
    @SuppressWarnings("unchecked")
    private static void createFiling(Transaction tx, Map<String, Object> row, Map<String, Node> entities,
            Map<String, Node> filings) {
        var properties = (Map<String, Object>) row.get("properties");
        var filing = tx.createNode(FILING);
        setAll(filing, properties);
        if (Boolean.TRUE.equals(properties.get("amendment"))) {
            filing.addLabel(AMENDMENT);
        }
        filing.createRelationshipTo(entities.get((String) row.get("issuerCik")), ISSUER);
        for (var owner : (List<Map<String, Object>>) row.get("owners")) {
            var filed = entities.get((String) owner.get("cik")).createRelationshipTo(filing, FILED);
            setAll(filed, (Map<String, Object>) owner.get("properties"));
        }
        filings.put((String) properties.get("accessionNumber"), filing);
    }

    /** 04-securities.cypher */
    private static Node mergeSecurity(Transaction tx, Map<String, Object> row, Map<String, Node> entities) {
        var id = (String) row.get("id");
        var title = (String) row.get("title");
        var security = tx.findNode(SECURITY, "id", id);
        if (security == null) {
            security = tx.createNode(SECURITY);
            security.setProperty("id", id);
            security.setProperty("title", title);
            security.setProperty("derivative", row.get("derivative"));
            security.setProperty("issuerCik", row.get("issuerCik"));
        }
        else if (title.compareTo((String) security.getProperty("title")) < 0) {
            security.setProperty("title", title);
        }
        mergeRelationship(entities.get((String) row.get("issuerCik")), security, ISSUED);
        return security;
    }

    /** 06-footnotes.cypher */
    private static Node createFootnote(Transaction tx, Map<String, Object> row, Map<String, Node> filings) {
        var footnote = tx.createNode(FOOTNOTE_NODE);
        footnote.setProperty("id", row.get("id"));
        footnote.setProperty("footnoteId", row.get("footnoteId"));
        footnote.setProperty("text", row.get("text"));
        filings.get((String) row.get("accession")).createRelationshipTo(footnote, HAS_FOOTNOTE);
        return footnote;
    }

    /** 07-transactions.cypher and 08-holdings.cypher */
    @SuppressWarnings("unchecked")
    private static void createRow(Transaction tx, Label label, Map<String, Object> row, Map<String, Node> filings,
            Map<String, Node> securities, Map<String, Node> footnotes) {
        var node = tx.createNode(label);
        setAll(node, (Map<String, Object>) row.get("properties"));
        filings.get((String) row.get("accession")).createRelationshipTo(node, REPORTS);
        node.createRelationshipTo(securities.get((String) row.get("securityId")), OF);
        for (var ref : (List<Map<String, Object>>) row.get("footnotes")) {
            var footnote = footnotes.get((String) ref.get("footnote"));
            if (footnote != null) {
                node.createRelationshipTo(footnote, FOOTNOTE).setProperty("field", ref.get("field"));
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

    private static String[] sortedUnion(String[] stored, Object added) {
        var union = new TreeSet<String>(List.of(stored));
        @SuppressWarnings("unchecked")
        var more = (List<String>) added;
        union.addAll(more);
        return union.toArray(String[]::new);
    }

    private static void setAll(org.neo4j.graphdb.Entity target, Map<String, Object> properties) {
        properties.forEach((key, value) -> setOrRemove(target, key, value));
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
