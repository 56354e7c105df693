// Companies that share at least one insider holding role $type with company $cik (both spells held on $asOf when
// given, by the tenure rule of positions.cypher with $graceDays), with the insiders they share; most shared first.
MATCH (c:Company {cik: $cik})<-[r1:$($type)]-(p:Entity)-[r2:$($type)]->(other:Company)
WHERE other <> c
  AND ($asOf IS NULL
    OR (r1.since <= $asOf AND $asOf <= coalesce(r1.until, r1.lastReported + duration({days: $graceDays}))
        AND r2.since <= $asOf AND $asOf <= coalesce(r2.until, r2.lastReported + duration({days: $graceDays}))))
WITH DISTINCT other, p
ORDER BY p.displayName, p.cik
WITH other, collect(p) AS shared
RETURN other, shared
ORDER BY size(shared) DESC, other.name, other.cik
