package io.insidergraph.api;

import java.util.List;

import io.insidergraph.graph.FilingNode;
import io.insidergraph.graph.Page;
import io.insidergraph.graph.TransactionFilter;
import io.insidergraph.graph.TransactionNode;
import org.jspecify.annotations.Nullable;

/** The Relay connection types of the schema, built from keyset pages of the graph. */
final class Connections {

    private Connections() {
    }

    record PageInfo(boolean hasNextPage, @Nullable String endCursor) {

        static PageInfo of(Page<?> page) {
            return new PageInfo(page.hasNextPage(),
                    page.rows().isEmpty() ? null : page.rows().getLast().cursor().encode());
        }
    }

    record TransactionEdge(TransactionNode node, String cursor) {
    }

    /** A page of transactions; the filter stays with it so that {@code totalCount} is counted only when asked. */
    record TransactionConnection(List<TransactionEdge> edges, PageInfo pageInfo, TransactionFilter filter) {

        static TransactionConnection of(Page<TransactionNode> page, TransactionFilter filter) {
            return new TransactionConnection(Connections.edges(page, TransactionEdge::new), PageInfo.of(page), filter);
        }
    }

    record FilingEdge(FilingNode node, String cursor) {
    }

    /** A page of a company's filings; {@code totalCount} is counted only when asked. */
    record FilingConnection(List<FilingEdge> edges, PageInfo pageInfo, String companyCik) {

        static FilingConnection of(Page<FilingNode> page, String companyCik) {
            return new FilingConnection(Connections.edges(page, FilingEdge::new), PageInfo.of(page), companyCik);
        }
    }

    private interface EdgeFactory<T, E> {
        E edge(T node, String cursor);
    }

    private static <T, E> List<E> edges(Page<T> page, EdgeFactory<T, E> factory) {
        return page.rows().stream().map(row -> factory.edge(row.node(), row.cursor().encode())).toList();
    }
}
