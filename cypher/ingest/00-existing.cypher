// Which filings of a batch are already stored, and from which bytes: decides skip, write or replace.
UNWIND $accessions AS accession
MATCH (f:Filing {accessionNumber: accession})
RETURN f.accessionNumber AS accessionNumber, f.sha256 AS sha256, f.hasHeader AS hasHeader
