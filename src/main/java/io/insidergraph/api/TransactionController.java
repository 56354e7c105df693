package io.insidergraph.api;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;

import io.insidergraph.api.Connections.TransactionConnection;
import io.insidergraph.graph.Company;
import io.insidergraph.graph.Cursor;
import io.insidergraph.graph.Entity;
import io.insidergraph.graph.EntityQueries;
import io.insidergraph.graph.FieldFootnote;
import io.insidergraph.graph.FilingNode;
import io.insidergraph.graph.FilingOwner;
import io.insidergraph.graph.FilingQueries;
import io.insidergraph.graph.HoldingNode;
import io.insidergraph.graph.Page;
import io.insidergraph.graph.Person;
import io.insidergraph.graph.TransactionFilter;
import io.insidergraph.graph.TransactionNode;
import io.insidergraph.graph.TransactionOrder;
import io.insidergraph.graph.TransactionQueries;
import io.insidergraph.graph.TransactionQueries.PageRequest;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Transactions: filtered, sorted Relay pages (of everything, of a company, of a person), and each row's filing,
 * issuer, owners and footnotes loaded for the whole page at once, so a page costs the same few queries at any size.
 * Pages and counts go through data loaders keyed by the whole request (the parent's CIK is in its filter), so the
 * transactions of many companies or people cost one page query and one count query between them.
 */
@Controller
class TransactionController {

    private static final String PAGES = "transactionPages";
    private static final String COUNTS = "transactionCounts";

    private final FilingQueries filings;
    private final EntityQueries entities;
    private final Arguments arguments;

    TransactionController(TransactionQueries transactions, FilingQueries filings, EntityQueries entities,
            Arguments arguments, BatchLoaderRegistry registry) {
        this.filings = filings;
        this.entities = entities;
        this.arguments = arguments;
        registry.<PageRequest, Page<TransactionNode>>forName(PAGES).registerMappedBatchLoader((requests, env) ->
                Mono.fromCallable(() -> transactions.pages(requests)));
        registry.<TransactionFilter, Long>forName(COUNTS).registerMappedBatchLoader((filters, env) ->
                Mono.fromCallable(() -> transactions.counts(filters)));
    }

    @QueryMapping
    CompletableFuture<TransactionConnection> transactions(@Argument @Nullable TransactionFilter filter,
            @Argument @Nullable Integer first, @Argument @Nullable String after,
            @Argument @Nullable TransactionOrder orderBy, DataFetchingEnvironment env) {
        return page(normalised(filter), first, after, orderBy, env);
    }

    @SchemaMapping(typeName = "Company", field = "transactions")
    CompletableFuture<TransactionConnection> companyTransactions(Company company,
            @Argument @Nullable TransactionFilter filter, @Argument @Nullable Integer first,
            @Argument @Nullable String after, @Argument @Nullable TransactionOrder orderBy,
            DataFetchingEnvironment env) {
        return page(normalised(filter).withIssuer(company.cik()), first, after, orderBy, env);
    }

    @SchemaMapping(typeName = "Person", field = "transactions")
    CompletableFuture<TransactionConnection> personTransactions(Person person,
            @Argument @Nullable TransactionFilter filter, @Argument @Nullable Integer first,
            @Argument @Nullable String after, @Argument @Nullable TransactionOrder orderBy,
            DataFetchingEnvironment env) {
        return page(normalised(filter).withOwner(person.cik()), first, after, orderBy, env);
    }

    @SchemaMapping(typeName = "TransactionConnection")
    CompletableFuture<Long> totalCount(TransactionConnection connection, DataFetchingEnvironment env) {
        DataLoader<TransactionFilter, Long> loader = env.getDataLoader(COUNTS);
        return loader.load(connection.filter());
    }

    @BatchMapping(typeName = "Transaction")
    Map<TransactionNode, FilingNode> filing(List<TransactionNode> rows) {
        var found = filings.byAccessions(rows.stream().map(TransactionNode::accessionNumber).distinct().toList());
        return Batches.singles(rows, TransactionNode::accessionNumber, found);
    }

    @BatchMapping(typeName = "Transaction")
    Map<TransactionNode, Company> issuer(List<TransactionNode> rows) {
        var found = entities.companies(rows.stream().map(TransactionNode::issuerCik).distinct().toList());
        return Batches.singles(rows, TransactionNode::issuerCik, found);
    }

    @BatchMapping(typeName = "Transaction")
    Map<TransactionNode, List<Entity>> owners(List<TransactionNode> rows) {
        var owners = filings.owners(rows.stream().map(TransactionNode::accessionNumber).distinct().toList());
        var entitiesByAccession = new HashMap<String, List<Entity>>();
        owners.forEach((accession, list) -> entitiesByAccession.put(accession,
                list.stream().map(FilingOwner::owner).toList()));
        return Batches.lists(rows, TransactionNode::accessionNumber, entitiesByAccession);
    }

    @BatchMapping(typeName = "Transaction", field = "footnotes")
    Map<TransactionNode, List<FieldFootnote>> transactionFootnotes(List<TransactionNode> rows) {
        return Batches.lists(rows, TransactionNode::id,
                filings.transactionFootnotes(rows.stream().map(TransactionNode::id).toList()));
    }

    @BatchMapping(typeName = "Holding", field = "footnotes")
    Map<HoldingNode, List<FieldFootnote>> holdingFootnotes(List<HoldingNode> rows) {
        return Batches.lists(rows, HoldingNode::id,
                filings.holdingFootnotes(rows.stream().map(HoldingNode::id).toList()));
    }

    /** The page of one connection field, loaded with the pages of every other such field at its level. */
    private CompletableFuture<TransactionConnection> page(TransactionFilter filter, @Nullable Integer first,
            @Nullable String after, @Nullable TransactionOrder orderBy, DataFetchingEnvironment env) {
        int size = arguments.first("first", first, 50);
        var order = Arguments.orDefault(orderBy, TransactionOrder.DATE);
        var request = new PageRequest(filter, order, size, Cursor.decode(after, order.name()));
        DataLoader<PageRequest, Page<TransactionNode>> loader = env.getDataLoader(PAGES);
        return loader.load(request).thenApply(page -> TransactionConnection.of(page, filter));
    }

    /**
     * The filter as given (none: {@link TransactionFilter#NONE}), its CIKs checked and given their leading zeros, its
     * codes upper-cased.
     */
    private static TransactionFilter normalised(@Nullable TransactionFilter given) {
        var filter = given == null ? TransactionFilter.NONE : given;
        var codes = filter.codes() == null ? null
                : filter.codes().stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).toList();
        return new TransactionFilter(
                filter.issuerCik() == null ? null : Arguments.cik("filter.issuerCik", filter.issuerCik()),
                filter.ownerCik() == null ? null : Arguments.cik("filter.ownerCik", filter.ownerCik()),
                codes, filter.from(), filter.to(), filter.derivative(), filter.minValue());
    }
}
