// The holding rows of filings from one table (derivative or not), in the order the filing lists them.
UNWIND $accessions AS accession
MATCH (:Filing {accessionNumber: accession})-[:REPORTS]->(h:Holding)
WHERE h.derivative = $derivative
RETURN accession, h
ORDER BY accession, h.position
