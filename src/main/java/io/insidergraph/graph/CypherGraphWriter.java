package io.insidergraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.insidergraph.filing.OwnershipFiling;
import io.insidergraph.neo4j.CypherResources;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * Writes batches with the parameterised statements of {@code cypher/ingest/}, through the driver: a handful of
 * {@code UNWIND $rows ...} statements per batch, whatever its size. Works on any Neo4j server or cluster. Driver
 * exceptions leave it as {@link GraphWriteException} or {@link GraphStoreUnavailableException}.
 */
public final class CypherGraphWriter implements GraphWriter {

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
    private static final String SOURCES = CypherResources.load("ingest/16-sources.cypher");

    private final Driver driver;

    public CypherGraphWriter(Driver driver) {
        this.driver = driver;
    }

    @Override
    public WriteOutcome write(List<OwnershipFiling> batch) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeWrite(tx -> write(tx, batch));
        }
        catch (Neo4jException ex) {
            throw translate(ex);
        }
    }

    /**
     * The driver's exceptions as the project's (the one place they are looked at): the server gone, unreachable,
     * refusing the credentials or without the database is {@link GraphStoreUnavailableException}; anything else
     * the server refused (a constraint, a transient failure that outlasted the driver's retries) is a
     * {@link GraphWriteException}.
     */
    static GraphWriteException translate(Neo4jException ex) {
        boolean unavailable = ex instanceof ServiceUnavailableException || ex instanceof SessionExpiredException
                || ex instanceof SecurityException || ex instanceof FatalDiscoveryException
                || "Neo.TransientError.General.DatabaseUnavailable".equals(ex.code());
        return unavailable
                ? new GraphStoreUnavailableException("The Neo4j server cannot take writes: " + ex.getMessage(), ex)
                : new GraphWriteException(String.valueOf(ex.getMessage()), ex);
    }

    private static WriteOutcome write(TransactionContext tx, List<OwnershipFiling> filings) {
        Statements statements = (statement, parameters) -> tx.run(statement, parameters).list(Record::asMap);
        var stored = new HashMap<String, WritePlan.Stored>();
        for (var row : statements.run(EXISTING, Map.of("accessions", List.copyOf(WritePlan.accessions(filings))))) {
            stored.put((String) row.get("accessionNumber"),
                    new WritePlan.Stored((String) row.get("sha256"), (String) row.get("source")));
        }
        var plan = WritePlan.of(filings, stored, statements);
        if (!plan.toReplace().isEmpty()) {
            tx.run(DELETE, Map.of("accessions", plan.replacedAccessions())).consume();
        }
        if (!plan.toWrite().isEmpty()) {
            var batch = WriteBatchBuilder.of(plan.toWrite()).withRolePairs(Replacement.rolePairs(plan.toReplace()));
            tx.run(ENTITIES, Map.of("entities", CypherParameters.entities(batch.entities()))).consume();
            tx.run(FILINGS, Map.of("filings", CypherParameters.filings(batch))).consume();
            tx.run(SECURITIES, Map.of("securities", CypherParameters.securities(batch))).consume();
            tx.run(UNDERLYINGS, Map.of("underlyings", CypherParameters.underlyings(batch))).consume();
            tx.run(FOOTNOTES, Map.of("footnotes", CypherParameters.footnotes(batch))).consume();
            tx.run(TRANSACTIONS, Map.of("rows", CypherParameters.rows(batch.transactions()))).consume();
            tx.run(HOLDINGS, Map.of("rows", CypherParameters.rows(batch.holdings()))).consume();
            tx.run(ROLES, Map.of("pairs", CypherParameters.rolePairs(batch))).consume();
            tx.run(AMENDMENTS, Map.of("accessions", batch.accessions())).consume();
        }
        Replacement.afterWriting(plan.toReplace(), statements, entities ->
                tx.run(ENTITIES, Map.of("entities", CypherParameters.entities(entities))).consume());
        if (!plan.sourceUpdates().isEmpty()) {
            tx.run(SOURCES, Map.of("sources", plan.sourceUpdates().entrySet().stream()
                    .map(e -> Map.of("accession", e.getKey(), "source", e.getValue())).toList())).consume();
        }
        return plan.outcome();
    }
}
