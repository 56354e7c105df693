// The transaction rows of filings from one table (derivative or not), in the order the filing lists them.
UNWIND $accessions AS accession
MATCH (:Filing {accessionNumber: accession})-[:REPORTS]->(t:Transaction)
WHERE t.derivative = $derivative
RETURN accession, t
ORDER BY accession, t.position
