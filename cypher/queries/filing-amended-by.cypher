// The amendments of filings.
UNWIND $accessions AS accession
MATCH (:Filing {accessionNumber: accession})<-[:AMENDS]-(amendment:Filing)
RETURN accession, amendment AS f
ORDER BY accession, f.accessionNumber
