// The footnotes of filings, F1, F2, ..., F10 in numeric order.
UNWIND $accessions AS accession
MATCH (:Filing {accessionNumber: accession})-[:HAS_FOOTNOTE]->(n:Footnote)
RETURN accession, n
ORDER BY accession, size(n.footnoteId), n.footnoteId
