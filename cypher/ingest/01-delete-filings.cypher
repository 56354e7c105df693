// Removes stored filings (their rows, footnotes and edges) before a richer copy of the same accession replaces them.
UNWIND $accessions AS accession
MATCH (f:Filing {accessionNumber: accession})
CALL (f) {
  MATCH (f)-[:REPORTS|HAS_FOOTNOTE]->(x)
  DETACH DELETE x
}
DETACH DELETE f
