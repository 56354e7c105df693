/**
 * Turns the bytes of one EDGAR ownership filing (Forms 3, 4, 5 and their amendments, in any envelope EDGAR has
 * used) into an immutable {@link io.insidergraph.filing.OwnershipFiling} record tree, or into a
 * {@link io.insidergraph.filing.FilingParseException} that names the file and the reason. Free of Spring and Neo4j;
 * JDOM2 is used inside and never leaves this package.
 */
@NullMarked
package io.insidergraph.filing;

import org.jspecify.annotations.NullMarked;
