/**
 * The GraphQL API: schema-first controllers over the graph ({@code graphql/*.graphqls}), with limits on depth,
 * complexity, page sizes and time, and errors that say what was wrong.
 */
@NullMarked
package io.insidergraph.api;

import org.jspecify.annotations.NullMarked;
