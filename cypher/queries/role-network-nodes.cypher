// Every entity with a role edge of $types, in CIK order (read from the CIK index, so nothing is sorted in memory).
MATCH (e:Entity)
WHERE e.cik IS NOT NULL AND EXISTS { (e)-[:$any($types)]-(:Entity) }
RETURN e.cik AS cik, e.name AS name, e.displayName AS displayName, e:Company AS company
ORDER BY e.cik
