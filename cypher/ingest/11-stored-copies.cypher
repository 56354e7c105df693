// Everything a stored copy holds (its filing, what it says of its issuer and owners, its rows with their footnote
// links and securities, its footnotes), to rank it against a new copy of the same accession number and to name the
// fields in which the two differ. Read only when a new copy has other bytes; CopyContent.ofStored reads the rows.
UNWIND $accessions AS accession
MATCH (f:Filing {accessionNumber: accession})-[i:ISSUER]->(issuer:Entity)
RETURN properties(f) AS filing, issuer.cik AS issuerCik, properties(i) AS issuer,
       COLLECT { MATCH (o:Entity)-[r:FILED]->(f) RETURN {cik: o.cik, properties: properties(r)} } AS owners,
       COLLECT {
         MATCH (f)-[:REPORTS]->(row)
         RETURN {kind: CASE WHEN row:Transaction THEN 'T' ELSE 'H' END, properties: properties(row),
                 links: [(row)-[l:FOOTNOTE]->(n:Footnote) | l.field + '=' + n.id],
                 securities: [(row)-[:OF]->(s:Security) | s.id]}
       } AS rows,
       COLLECT { MATCH (f)-[:HAS_FOOTNOTE]->(n:Footnote) RETURN {footnoteId: n.footnoteId, text: n.text} } AS footnotes
