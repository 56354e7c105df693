/**
 * Turns the bytes of one EDGAR ownership filing (Forms 3, 4, 5 and their amendments, in any envelope EDGAR has
 * used) into an immutable {@link io.insidergraph.filing.OwnershipFiling} record tree, or into a
 * {@link io.insidergraph.filing.FilingParseException} that names the file and the reason. Entry point:
 * {@link io.insidergraph.filing.FilingParser}, one shared instance. Envelope, form and schema version are detected
 * from the content before any field is read; all schema versions (X0202 to X0609 in the corpus) share one set of
 * field readers, as later versions only add optional elements. Every field of a row is a
 * {@link io.insidergraph.filing.Fact}: its value and the footnotes attached to it, either of which may be missing.
 * XML is parsed by hardened JDOM2 builders that refuse DTDs and never resolve an entity; JDOM2 types stay inside
 * this package. Free of Spring and Neo4j.
 */
@NullMarked
package io.insidergraph.filing;

import org.jspecify.annotations.NullMarked;
