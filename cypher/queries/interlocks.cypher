// Companies that share at least one insider holding role $type with company $cik (both positions held on $asOf
// when given), with the insiders they share; most shared insiders first.
MATCH (c:Company {cik: $cik})<-[r1:$($type)]-(p:Entity)-[r2:$($type)]->(other:Company)
WHERE other <> c
  AND ($asOf IS NULL OR (r1.since <= $asOf AND $asOf <= r1.until AND r2.since <= $asOf AND $asOf <= r2.until))
WITH DISTINCT other, p
ORDER BY p.displayName, p.cik
WITH other, collect(p) AS shared
RETURN other, shared
ORDER BY size(shared) DESC, other.name, other.cik
