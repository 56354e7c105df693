// Filings with their issuer and reporting owners. ISSUER carries what the filing says of its issuer (name, ticker,
// header data), FILED the relationship and what it says of the owner, as reported in that filing.
UNWIND $filings AS row
CREATE (f:Filing)
SET f = row.properties
FOREACH (_ IN CASE WHEN row.properties.amendment THEN [1] ELSE [] END | SET f:Amendment)
WITH f, row
MATCH (issuer:Entity {cik: row.issuerCik})
CREATE (f)-[i:ISSUER]->(issuer)
SET i = row.issuer
WITH f, row
UNWIND row.owners AS owner
MATCH (o:Entity {cik: owner.cik})
CREATE (o)-[r:FILED]->(f)
SET r = owner.properties
