package io.insidergraph.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import io.insidergraph.api.Connections.FilingConnection;
import io.insidergraph.graph.CoInsider;
import io.insidergraph.graph.Company;
import io.insidergraph.graph.Cursor;
import io.insidergraph.graph.FilingNode;
import io.insidergraph.graph.FilingQueries;
import io.insidergraph.graph.FilingQueries.CompanyPageRequest;
import io.insidergraph.graph.Page;
import io.insidergraph.graph.Person;
import io.insidergraph.graph.Position;
import io.insidergraph.graph.Role;
import io.insidergraph.graph.RosterQueries;
import io.insidergraph.graph.Tenure;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Who holds which role where: a company's insiders, a person's positions and co-insiders, and a company's filings.
 * These fields take arguments, which {@code @BatchMapping} cannot, so each goes through a data loader keyed by
 * (CIK, arguments): the roster fields run one query per distinct set of arguments in a response, a company's
 * filings (a page and, when asked, the count) one query for all companies, however many parents ask.
 */
@Controller
class RosterController {

    /** A parent's CIK with the arguments of its field. */
    record RosterKey(String cik, @Nullable Role role, Tenure tenure) {
    }

    private static final String INSIDERS = "companyInsiders";
    private static final String POSITIONS = "personPositions";
    private static final String CO_INSIDERS = "personCoInsiders";
    private static final String FILINGS = "companyFilings";
    private static final String FILING_COUNTS = "companyFilingCounts";

    private final Arguments arguments;

    RosterController(RosterQueries roster, FilingQueries filings, Arguments arguments,
            BatchLoaderRegistry registry) {
        this.arguments = arguments;
        registry.<RosterKey, List<Position>>forName(INSIDERS).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> load(keys, (ciks, key) -> roster.insiders(ciks,
                        key.role() == null ? Set.of() : Set.of(key.role()), key.tenure()))));
        registry.<RosterKey, List<Position>>forName(POSITIONS).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> load(keys, (ciks, key) -> roster.positions(ciks, key.tenure()))));
        registry.<RosterKey, List<CoInsider>>forName(CO_INSIDERS).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> load(keys, (ciks, key) -> roster.coInsiders(ciks,
                        key.role() == null ? Set.of() : Set.of(key.role()), key.tenure()))));
        registry.<CompanyPageRequest, Page<FilingNode>>forName(FILINGS).registerMappedBatchLoader((keys, env) ->
                Mono.fromCallable(() -> filings.ofCompanies(keys)));
        registry.<String, Long>forName(FILING_COUNTS).registerMappedBatchLoader((ciks, env) ->
                Mono.fromCallable(() -> filings.countsOfCompanies(ciks)));
    }

    @SchemaMapping(typeName = "Company")
    CompletableFuture<List<Position>> insiders(Company company, @Argument @Nullable Role role,
            @Argument @Nullable LocalDate asOf, @Argument @Nullable Integer graceDays, DataFetchingEnvironment env) {
        DataLoader<RosterKey, List<Position>> loader = env.getDataLoader(INSIDERS);
        return loader.load(new RosterKey(company.cik(), role, arguments.tenure(asOf, graceDays)));
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<List<Position>> positions(Person person, @Argument @Nullable LocalDate asOf,
            @Argument @Nullable Integer graceDays, DataFetchingEnvironment env) {
        DataLoader<RosterKey, List<Position>> loader = env.getDataLoader(POSITIONS);
        return loader.load(new RosterKey(person.cik(), null, arguments.tenure(asOf, graceDays)));
    }

    @SchemaMapping(typeName = "Person")
    CompletableFuture<List<CoInsider>> coInsiders(Person person, @Argument @Nullable Role role,
            @Argument @Nullable LocalDate asOf, @Argument @Nullable Integer graceDays, DataFetchingEnvironment env) {
        DataLoader<RosterKey, List<CoInsider>> loader = env.getDataLoader(CO_INSIDERS);
        return loader.load(new RosterKey(person.cik(), role, arguments.tenure(asOf, graceDays)));
    }

    @SchemaMapping(typeName = "Company")
    CompletableFuture<FilingConnection> filings(Company company, @Argument @Nullable Integer first,
            @Argument @Nullable String after, DataFetchingEnvironment env) {
        var request = new CompanyPageRequest(company.cik(), arguments.first("first", first, 50),
                Cursor.decode(after, FilingQueries.FILINGS_ORDER));
        DataLoader<CompanyPageRequest, Page<FilingNode>> loader = env.getDataLoader(FILINGS);
        return loader.load(request).thenApply(page -> FilingConnection.of(page, company.cik()));
    }

    @SchemaMapping(typeName = "FilingConnection")
    CompletableFuture<Long> totalCount(FilingConnection connection, DataFetchingEnvironment env) {
        DataLoader<String, Long> loader = env.getDataLoader(FILING_COUNTS);
        return loader.load(connection.companyCik());
    }

    /** Runs one query per distinct (role, tenure) among the keys, for all their CIKs; every key gets a list. */
    private static <V> Map<RosterKey, List<V>> load(Set<RosterKey> keys,
            BiFunction<List<String>, RosterKey, Map<String, List<V>>> query) {
        var result = new HashMap<RosterKey, List<V>>();
        var byArguments = keys.stream().collect(Collectors.groupingBy(key -> new RosterKey("", key.role(), key.tenure())));
        byArguments.forEach((shared, group) -> {
            var found = query.apply(group.stream().map(RosterKey::cik).distinct().toList(), shared);
            group.forEach(key -> result.put(key, found.getOrDefault(key.cik(), List.of())));
        });
        return result;
    }
}
