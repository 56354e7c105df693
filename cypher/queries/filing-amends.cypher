// The filings that amendments amend.
UNWIND $accessions AS accession
MATCH (:Filing {accessionNumber: accession})-[:AMENDS]->(original:Filing)
RETURN accession, original AS f
ORDER BY accession, f.accessionNumber
