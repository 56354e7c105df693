package io.insidergraph.graph;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.insidergraph.neo4j.CypherResources;
import org.springframework.stereotype.Component;

/** People and companies: by CIK (one or many), by ticker, and by name through the full-text index. */
@Component
public class EntityQueries {

    private static final String ENTITIES = CypherResources.load("queries/entities.cypher");
    private static final String BY_TICKER = CypherResources.load("queries/company-by-ticker.cypher");
    private static final String SEARCH = CypherResources.load("queries/search.cypher");

    /** Anything but letters and digits separates words, so no Lucene operator or escape reaches the index. */
    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final GraphReads reads;

    EntityQueries(GraphReads reads) {
        this.reads = reads;
    }

    public Optional<Entity> byCik(String cik) {
        return Optional.ofNullable(byCiks(List.of(cik)).get(cik));
    }

    /** The entities of the CIKs that exist, by CIK. */
    public Map<String, Entity> byCiks(Collection<String> ciks) {
        if (ciks.isEmpty()) {
            return Map.of();
        }
        return reads.read(ENTITIES, Map.of("ciks", List.copyOf(ciks)), result -> {
            var found = new LinkedHashMap<String, Entity>();
            result.forEachRemaining(row -> {
                var entity = Props.entity(row.get("e"));
                found.put(entity.cik(), entity);
            });
            return found;
        });
    }

    /** The companies among the CIKs, by CIK. */
    public Map<String, Company> companies(Collection<String> ciks) {
        var companies = new LinkedHashMap<String, Company>();
        byCiks(ciks).forEach((cik, entity) -> {
            if (entity instanceof Company company) {
                companies.put(cik, company);
            }
        });
        return companies;
    }

    public Optional<Company> byTicker(String ticker) {
        return reads.read(BY_TICKER, Map.of("ticker", ticker.strip().toUpperCase(Locale.ROOT)),
                result -> result.hasNext() ? Optional.of(Props.company(result.next().get("c"))) : Optional.empty());
    }

    /**
     * People and companies whose names hold every word of {@code text} (a word also matches as a prefix), best
     * first, so "martin laguerre", "Laguerre Martin" and "laguer" all find Martin Laguerre.
     */
    public List<Entity> search(String text, int first) {
        var query = luceneQuery(text);
        if (query.isEmpty() || first == 0) {
            return List.of();
        }
        return reads.read(SEARCH, Map.of("query", query, "first", first),
                result -> result.list(row -> Props.entity(row.get("e"))));
    }

    /** The words of a search text, as the search uses them: lower case, split at anything but letters and digits. */
    public static List<String> words(String text) {
        return NOT_A_WORD_CHARACTER.splitAsStream(text.toLowerCase(Locale.ROOT).strip())
                .filter(word -> !word.isEmpty()).toList();
    }

    static String luceneQuery(String text) {
        var query = new StringBuilder();
        for (var word : words(text)) {
            query.append(query.isEmpty() ? "" : " AND ").append('(').append(word).append(" OR ").append(word)
                    .append("*)");
        }
        return query.toString();
    }
}
