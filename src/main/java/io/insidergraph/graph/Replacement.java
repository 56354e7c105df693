package io.insidergraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;

import io.insidergraph.graph.WriteBatch.EntityHeader;
import io.insidergraph.graph.WriteBatch.EntityWrite;
import io.insidergraph.graph.WriteBatchBuilder.EntityStatement;
import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;

/**
 * What replacing a stored copy needs beyond deleting it and writing the better one: whatever the dropped copy
 * contributed to nodes that other filings share (an entity's names, ticker, header data and label; a security's
 * title and UNDERLYING edges) is derived again from the filings that remain, and entities and securities that
 * only the dropped copy named are deleted, so the graph is the one the better copy alone would have given.
 * Role edges of the dropped copy's owner and issuer pairs are recomputed by the writer's own role step. Runs in
 * the writer's transaction through {@link Statements}, after the batch is written.
 */
final class Replacement {

    private static final String SECURITY_ROWS = CypherResources.load("ingest/12-security-rows.cypher");
    private static final String UPDATE_SECURITIES = CypherResources.load("ingest/13-update-securities.cypher");
    private static final String ENTITY_STATEMENTS = CypherResources.load("ingest/14-entity-statements.cypher");
    private static final String RESET_ENTITIES = CypherResources.load("ingest/15-reset-entities.cypher");

    private Replacement() {
    }

    /** The owner and issuer pairs of replaced copies, whose role edges must be recomputed. */
    static List<WriteBatch.RolePair> rolePairs(List<WritePlan.StoredCopy> replaced) {
        var pairs = new ArrayList<WriteBatch.RolePair>();
        for (var stored : replaced) {
            stored.ownerCiks().forEach(owner -> pairs.add(new WriteBatch.RolePair(owner, stored.issuerCik())));
        }
        return pairs;
    }

    /**
     * @param mergeEntities the writer's own entity step ({@code 02-entities.cypher}), given entities reset to
     *        nothing derived
     */
    static void afterWriting(List<WritePlan.StoredCopy> replaced, Statements statements,
            Consumer<List<EntityWrite>> mergeEntities) {
        if (replaced.isEmpty()) {
            return;
        }
        var securityIds = new LinkedHashSet<String>();
        var ciks = new LinkedHashSet<String>();
        for (var stored : replaced) {
            securityIds.addAll(stored.securityIds());
            ciks.add(stored.issuerCik());
            ciks.addAll(stored.ownerCiks());
        }
        updateSecurities(List.copyOf(securityIds), statements);
        deriveEntities(List.copyOf(ciks), statements, mergeEntities);
    }

    @SuppressWarnings("unchecked")
    private static void updateSecurities(List<String> ids, Statements statements) {
        var updates = new ArrayList<Map<String, Object>>();
        for (var security : statements.run(SECURITY_ROWS, Map.of("ids", ids))) {
            var id = (String) security.get("id");
            var issuerCik = (String) security.get("issuerCik");
            var titles = new TreeSet<String>();
            var underlyings = new TreeSet<String>();
            for (var row : (List<Map<String, Object>>) security.get("rows")) {
                titles.add(WriteBatchBuilder.cleanTitle(
                        Objects.requireNonNullElse((String) row.get("title"), "(untitled)")));
                var underlying = (String) row.get("underlying");
                if (underlying != null && id.startsWith(issuerCik + ":D:")) {
                    underlyings.add(WriteBatchBuilder.securityId(issuerCik, false, underlying));
                }
            }
            for (var underlying : (List<String>) security.get("asUnderlying")) {
                if (underlying != null && WriteBatchBuilder.securityId(issuerCik, false, underlying).equals(id)) {
                    titles.add(WriteBatchBuilder.cleanTitle(underlying));
                }
            }
            var drop = new ArrayList<String>((List<String>) security.get("underlyings"));
            drop.removeAll(underlyings);
            var update = new HashMap<String, Object>();
            update.put("id", id);
            update.put("title", titles.isEmpty() ? null : titles.first());
            update.put("dropUnderlyings", drop);
            updates.add(update);
        }
        statements.run(UPDATE_SECURITIES, Map.of("securities", updates));
    }

    @SuppressWarnings("unchecked")
    private static void deriveEntities(List<String> ciks, Statements statements,
            Consumer<List<EntityWrite>> mergeEntities) {
        var remaining = new ArrayList<EntityStatement>();
        for (var entity : statements.run(ENTITY_STATEMENTS, Map.of("ciks", ciks))) {
            var cik = (String) entity.get("cik");
            for (var issued : (List<Map<String, Object>>) entity.get("asIssuer")) {
                var p = (Map<String, Object>) issued.get("properties");
                remaining.add(new EntityStatement(cik, key(issued), true, (String) p.get("name"),
                        (String) p.get("ticker"), header(p)));
            }
            for (var filed : (List<Map<String, Object>>) entity.get("asOwner")) {
                var p = (Map<String, Object>) filed.get("properties");
                remaining.add(new EntityStatement(cik, key(filed), Boolean.TRUE.equals(p.get("organization")),
                        WriteBatchBuilder.cleanName((String) p.get("nameAsFiled")), null, header(p)));
            }
        }
        statements.run(RESET_ENTITIES, Map.of("ciks", ciks));
        mergeEntities.accept(WriteBatchBuilder.entities(remaining));
    }

    /** The same key as {@link WriteBatchBuilder#recency}, from the filing's stored properties. */
    private static String key(Map<String, Object> statement) {
        var date = (LocalDate) (statement.get("filedAt") != null ? statement.get("filedAt")
                : statement.get("periodOfReport"));
        return (date == null ? "0000-00-00" : date.toString()) + "|" + statement.get("accession");
    }

    /** The header data an edge states; {@code formerNames} is stored (maybe empty) exactly when a header was. */
    private static @Nullable EntityHeader header(Map<String, Object> p) {
        if (!p.containsKey("formerNames")) {
            return null;
        }
        return new EntityHeader((String) p.get("sic"), (String) p.get("sicDescription"),
                (String) p.get("stateOfIncorporation"), (String) p.get("fiscalYearEnd"), (String) p.get("irsNumber"),
                (String) p.get("businessPhone"), (String) p.get("businessAddress"), (String) p.get("mailAddress"),
                strings(p.get("formerNames")), strings(p.get("formerNameDates")));
    }

    private static List<String> strings(@Nullable Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
