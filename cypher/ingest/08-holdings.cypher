// Holdings (Table I and II rows that report a position), like transactions.
UNWIND $rows AS row
MATCH (f:Filing {accessionNumber: row.accession})
MATCH (s:Security {id: row.securityId})
CREATE (f)-[:REPORTS]->(h:Holding)-[:OF]->(s)
SET h = row.properties
WITH h, row
UNWIND row.footnotes AS ref
MATCH (n:Footnote {id: ref.footnote})
CREATE (h)-[:FOOTNOTE {field: ref.field}]->(n)
