package io.insidergraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.neo4j.CypherResources;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Writes batches of parsed filings into Neo4j, one transaction per batch, with the parameterised statements of
 * {@code cypher/ingest/}: a batch is stored whole or not at all, so a run that is killed can simply be run again.
 * A filing whose accession number is already stored from the same bytes is skipped; from other bytes (the same
 * filing in another envelope) it is skipped too, unless the new copy carries the SGML header the stored one lacks,
 * in which case it replaces it.
 */
@Component
public class GraphWriter {

    private static final String EXISTING = CypherResources.load("ingest/00-existing.cypher");
    private static final String DELETE = CypherResources.load("ingest/01-delete-filings.cypher");
    private static final String ENTITIES = CypherResources.load("ingest/02-entities.cypher");
    private static final String FILINGS = CypherResources.load("ingest/03-filings.cypher");
    private static final String SECURITIES = CypherResources.load("ingest/04-securities.cypher");
    private static final String UNDERLYINGS = CypherResources.load("ingest/05-underlyings.cypher");
    private static final String FOOTNOTES = CypherResources.load("ingest/06-footnotes.cypher");
    private static final String TRANSACTIONS = CypherResources.load("ingest/07-transactions.cypher");
    private static final String HOLDINGS = CypherResources.load("ingest/08-holdings.cypher");
    private static final String ROLES = CypherResources.load("ingest/09-roles.cypher");
    private static final String AMENDMENTS = CypherResources.load("ingest/10-amendments.cypher");

    private final Driver driver;

    GraphWriter(Driver driver) {
        this.driver = driver;
    }

    /** Writes one batch in one transaction and says what became of each filing. */
    public WriteOutcome write(List<OwnershipFiling> batch) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeWrite(tx -> write(tx, batch));
        }
    }

    private static WriteOutcome write(TransactionContext tx, List<OwnershipFiling> batch) {
        var byAccession = new LinkedHashMap<String, OwnershipFiling>();
        var skipped = new ArrayList<OwnershipFiling>();
        for (var filing : batch) {
            var earlier = byAccession.putIfAbsent(filing.accessionNumber(), filing);
            if (earlier != null) {
                boolean richer = filing.header() != null && earlier.header() == null;
                if (richer) {
                    byAccession.put(filing.accessionNumber(), filing);
                }
                skipped.add(richer ? earlier : filing);
            }
        }
        var stored = new HashMap<String, Map<String, Object>>();
        tx.run(EXISTING, Map.of("accessions", List.copyOf(byAccession.keySet())))
                .forEachRemaining(r -> stored.put(r.get("accessionNumber").asString(), r.asMap()));

        var toWrite = new ArrayList<OwnershipFiling>();
        var replaced = new ArrayList<String>();
        for (var filing : byAccession.values()) {
            var existing = stored.get(filing.accessionNumber());
            if (existing == null) {
                toWrite.add(filing);
            }
            else if (!filing.sha256().equals(existing.get("sha256")) && filing.header() != null
                    && !Boolean.TRUE.equals(existing.get("hasHeader"))) {
                replaced.add(filing.accessionNumber());
                toWrite.add(filing);
            }
            else {
                skipped.add(filing);
            }
        }
        if (!replaced.isEmpty()) {
            tx.run(DELETE, Map.of("accessions", replaced)).consume();
        }
        if (!toWrite.isEmpty()) {
            var p = BatchParameters.of(toWrite);
            tx.run(ENTITIES, Map.of("entities", p.entities())).consume();
            tx.run(FILINGS, Map.of("filings", p.filings())).consume();
            tx.run(SECURITIES, Map.of("securities", p.securities())).consume();
            tx.run(UNDERLYINGS, Map.of("underlyings", p.underlyings())).consume();
            tx.run(FOOTNOTES, Map.of("footnotes", p.footnotes())).consume();
            tx.run(TRANSACTIONS, Map.of("rows", p.transactions())).consume();
            tx.run(HOLDINGS, Map.of("rows", p.holdings())).consume();
            tx.run(ROLES, Map.of("pairs", p.rolePairs())).consume();
            tx.run(AMENDMENTS, Map.of("accessions", p.accessions())).consume();
        }
        return new WriteOutcome(toWrite, replaced, skipped);
    }

    /**
     * What a batch write did: the filings written (new, or replacing a stored copy), the accession numbers whose
     * stored copy was replaced, and the filings skipped because their filing was already stored.
     */
    public record WriteOutcome(List<OwnershipFiling> written, List<String> replaced, List<OwnershipFiling> skipped) {
    }
}
