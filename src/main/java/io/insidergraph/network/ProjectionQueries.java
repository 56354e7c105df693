package io.insidergraph.network;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.insidergraph.graph.GraphReads;
import io.insidergraph.graph.GraphVersion;
import io.insidergraph.graph.Role;
import io.insidergraph.graph.Tenure;
import io.insidergraph.neo4j.CypherResources;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The read of a network: the insider-company pairs of its projection. The spells of a role are read with Cypher
 * (network-spells.cypher) once per graph version and kept ({@code insidergraph.network.cache-size} roles and
 * versions at most, for {@code cache-ttl}); each network then keeps the spells that count by its tenure
 * ({@link Tenure#counts}, the rule of positions.cypher). On the 1,000,000-filing bench store the statement took
 * 231 ms of a 350 ms network of 400 companies, the same whatever the date, as it reads every spell of the role.
 * <p>
 * The role's relationship type is written into the statement, one statement per {@link Role} (constants, never
 * input): with the type a parameter ({@code $($type)}) Neo4j 2025.10 expands every relationship of every company and
 * filters by type afterwards (PROFILE on a 20,000-filing store: 27,561 expanded for 3,283 director edges, about 8 per
 * role edge, and the ratio grows with the filings per company); with the type written, it follows only that type's.
 */
@Component
class ProjectionQueries {

    private static final String TYPE = "$($type)";
    private static final Map<Role, String> SPELLS = byRole(CypherResources.load("queries/network-spells.cypher"));

    /** One spell of a role, as stored. */
    private record Spell(String insider, String company, @Nullable LocalDate since, @Nullable LocalDate lastReported,
            @Nullable LocalDate until) {
    }

    private record Key(Role role, GraphVersion.Version version) {
    }

    private final GraphReads reads;
    private final Cache<Key, List<Spell>> spells;

    ProjectionQueries(GraphReads reads, NetworkSettings settings) {
        this.reads = reads;
        this.spells = Caffeine.newBuilder().maximumSize(settings.cacheSize()).expireAfterWrite(settings.cacheTtl())
                .build();
    }

    /** The distinct insider-company pairs joined by a spell of {@code role} that counts, in the graph of {@code version}. */
    List<Projection.Pair> pairs(Role role, Tenure tenure, GraphVersion.Version version) {
        var pairs = new LinkedHashSet<Projection.Pair>();
        for (var spell : spells.get(new Key(role, version), key -> read(role))) {
            if (tenure.counts(spell.since(), spell.lastReported(), spell.until())) {
                pairs.add(new Projection.Pair(spell.insider(), spell.company()));
            }
        }
        return List.copyOf(pairs);
    }

    private List<Spell> read(Role role) {
        return reads.read(SPELLS.get(role), Map.of(), result -> result.list(row -> new Spell(
                row.get("insider").asString(), row.get("company").asString(), date(row.get("since")),
                date(row.get("lastReported")), date(row.get("until")))));
    }

    private static @Nullable LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }

    private static Map<Role, String> byRole(String template) {
        if (!template.contains(TYPE)) {
            throw new IllegalStateException("network-spells.cypher must name the role's type as " + TYPE);
        }
        var statements = new EnumMap<Role, String>(Role.class);
        for (var role : Role.values()) {
            statements.put(role, template.replace(TYPE, role.relationshipType()));
        }
        return statements;
    }
}
