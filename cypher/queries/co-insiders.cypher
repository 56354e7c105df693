// For each insider (by CIK): the other insiders of the companies they are an insider of, both holding one of $types
// (on $asOf when given, by the tenure rule of positions.cypher with $graceDays), with the companies they share;
// most shared companies first.
UNWIND $ciks AS cik
MATCH (p:Entity {cik: cik})-[r1:$any($types)]->(c:Company)<-[r2:$any($types)]-(q:Entity)
WHERE q <> p
  AND ($asOf IS NULL
    OR (r1.since <= $asOf AND $asOf <= coalesce(r1.until, r1.lastReported + duration({days: $graceDays}))
        AND r2.since <= $asOf AND $asOf <= coalesce(r2.until, r2.lastReported + duration({days: $graceDays}))))
WITH DISTINCT cik, q, c
ORDER BY c.name, c.cik
WITH cik, q, collect(c) AS companies
RETURN cik, q, companies
ORDER BY cik, size(companies) DESC, q.displayName, q.cik
