// After a stored copy was replaced: the remaining rows that name each of its securities, as their own security
// (title, and the underlying title of a derivative row) or as the security a derivative converts into, so that
// each security's title and UNDERLYING edges are derived again from what remains (13-update-securities.cypher).
UNWIND $ids AS id
MATCH (s:Security {id: id})
RETURN id, s.issuerCik AS issuerCik,
       [(row)-[:OF]->(s) | {title: row.securityTitle, underlying: row.underlyingSecurityTitle}] AS rows,
       [(row)-[:OF]->(:Security)-[:UNDERLYING]->(s) | row.underlyingSecurityTitle] AS asUnderlying,
       [(s)-[:UNDERLYING]->(u:Security) | u.id] AS underlyings
