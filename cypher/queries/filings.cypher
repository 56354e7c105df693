// Filings by accession number.
UNWIND $accessions AS accession
MATCH (f:Filing {accessionNumber: accession})
RETURN f
