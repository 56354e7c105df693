// The reporting owners of filings, with the relationship each reported in that filing.
UNWIND $accessions AS accession
MATCH (:Filing {accessionNumber: accession})<-[r:FILED]-(o:Entity)
RETURN accession, o, r
ORDER BY accession, o.cik
