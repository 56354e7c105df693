// Securities, one per issuer, kind and title; of the spellings seen, the title kept is the least in sort order,
// so it does not depend on arrival order.
UNWIND $securities AS row
MERGE (s:Security {id: row.id})
ON CREATE SET s.title = row.title, s.derivative = row.derivative, s.issuerCik = row.issuerCik
SET s.title = CASE WHEN row.title < s.title THEN row.title ELSE s.title END
WITH s, row
MATCH (issuer:Entity {cik: row.issuerCik})
MERGE (issuer)-[:ISSUED]->(s)
