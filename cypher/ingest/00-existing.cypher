// Which filings of a batch are already stored, from which bytes and path: the same bytes are skipped (the least
// path is kept, 16-sources.cypher), other bytes make the stored copy be read (11-stored-copies.cypher) and ranked
// against the new one.
UNWIND $accessions AS accession
MATCH (f:Filing {accessionNumber: accession})
RETURN f.accessionNumber AS accessionNumber, f.sha256 AS sha256, f.source AS source
