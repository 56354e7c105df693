/**
 * The insider network as a whole: companies joined by the insiders they share (the board network), insiders joined
 * by the companies they share, and busy insiders, with centralities, cores, clustering and communities. The
 * projection is read with Cypher ({@code cypher/queries/network-*.cypher}), so it works unchanged on the embedded
 * database, a server or a cluster; the metrics are JGraphT's and the communities CWTS's Leiden algorithm, with inputs
 * and normalisation set so that every value is NetworkX 3's default definition. Results are cached per request and
 * graph content. Its records ({@link io.insidergraph.network.ProjectedNetwork} and the rest) are meant for reuse by
 * exports.
 */
@NullMarked
package io.insidergraph.network;

import org.jspecify.annotations.NullMarked;
