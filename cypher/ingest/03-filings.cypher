// Filings with their issuer and reporting owners; FILED carries the relationship as reported in that filing.
UNWIND $filings AS row
CREATE (f:Filing)
SET f = row.properties
FOREACH (_ IN CASE WHEN row.properties.amendment THEN [1] ELSE [] END | SET f:Amendment)
WITH f, row
MATCH (issuer:Entity {cik: row.issuerCik})
CREATE (f)-[:ISSUER]->(issuer)
WITH f, row
UNWIND row.owners AS owner
MATCH (o:Entity {cik: owner.cik})
CREATE (o)-[r:FILED]->(f)
SET r = owner.properties
