package io.insidergraph.api;

import java.util.List;
import java.util.Map;

import io.insidergraph.graph.Company;
import io.insidergraph.graph.EntityQueries;
import io.insidergraph.graph.FilingNode;
import io.insidergraph.graph.FilingOwner;
import io.insidergraph.graph.FilingQueries;
import io.insidergraph.graph.FootnoteNode;
import io.insidergraph.graph.HoldingNode;
import io.insidergraph.graph.TransactionNode;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Everything a filing states, each part loaded for all filings of a response in one query. */
@Controller
class FilingController {

    private final FilingQueries filings;
    private final EntityQueries entities;

    FilingController(FilingQueries filings, EntityQueries entities) {
        this.filings = filings;
        this.entities = entities;
    }

    @BatchMapping(typeName = "Filing")
    Map<FilingNode, Company> issuer(List<FilingNode> parents) {
        var companies = entities.companies(parents.stream().map(FilingNode::issuerCik).distinct().toList());
        return Batches.singles(parents, FilingNode::issuerCik, companies);
    }

    @BatchMapping(typeName = "Filing")
    Map<FilingNode, List<FilingOwner>> reportingOwners(List<FilingNode> parents) {
        return Batches.lists(parents, FilingNode::accessionNumber, filings.owners(accessions(parents)));
    }

    @BatchMapping(typeName = "Filing")
    Map<FilingNode, List<TransactionNode>> nonDerivativeTransactions(List<FilingNode> parents) {
        return Batches.lists(parents, FilingNode::accessionNumber, filings.transactions(accessions(parents), false));
    }

    @BatchMapping(typeName = "Filing")
    Map<FilingNode, List<TransactionNode>> derivativeTransactions(List<FilingNode> parents) {
        return Batches.lists(parents, FilingNode::accessionNumber, filings.transactions(accessions(parents), true));
    }

    @BatchMapping(typeName = "Filing")
    Map<FilingNode, List<HoldingNode>> nonDerivativeHoldings(List<FilingNode> parents) {
        return Batches.lists(parents, FilingNode::accessionNumber, filings.holdings(accessions(parents), false));
    }

    @BatchMapping(typeName = "Filing")
    Map<FilingNode, List<HoldingNode>> derivativeHoldings(List<FilingNode> parents) {
        return Batches.lists(parents, FilingNode::accessionNumber, filings.holdings(accessions(parents), true));
    }

    @BatchMapping(typeName = "Filing")
    Map<FilingNode, List<FootnoteNode>> footnotes(List<FilingNode> parents) {
        return Batches.lists(parents, FilingNode::accessionNumber, filings.footnotes(accessions(parents)));
    }

    @BatchMapping(typeName = "Filing")
    Map<FilingNode, List<FilingNode>> amends(List<FilingNode> parents) {
        return Batches.lists(parents, FilingNode::accessionNumber, filings.amends(accessions(parents)));
    }

    @BatchMapping(typeName = "Filing")
    Map<FilingNode, List<FilingNode>> amendedBy(List<FilingNode> parents) {
        return Batches.lists(parents, FilingNode::accessionNumber, filings.amendedBy(accessions(parents)));
    }

    private static List<String> accessions(List<FilingNode> parents) {
        return parents.stream().map(FilingNode::accessionNumber).distinct().toList();
    }
}
