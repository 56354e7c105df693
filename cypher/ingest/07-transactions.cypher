// Transactions (Table I and II rows that report one), each attached to its filing and security, with a
// FOOTNOTE edge to each footnote on one of its fields.
UNWIND $rows AS row
MATCH (f:Filing {accessionNumber: row.accession})
MATCH (s:Security {id: row.securityId})
CREATE (f)-[:REPORTS]->(t:Transaction)-[:OF]->(s)
SET t = row.properties
WITH t, row
UNWIND row.footnotes AS ref
MATCH (n:Footnote {id: ref.footnote})
CREATE (t)-[:FOOTNOTE {field: ref.field}]->(n)
