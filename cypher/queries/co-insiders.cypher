// For each insider (by CIK): the other insiders of the companies they are an insider of, both holding one of $types
// (on $asOf when given), with the companies they share; most shared companies first.
UNWIND $ciks AS cik
MATCH (p:Entity {cik: cik})-[r1:$any($types)]->(c:Company)<-[r2:$any($types)]-(q:Entity)
WHERE q <> p
  AND ($asOf IS NULL OR (r1.since <= $asOf AND $asOf <= r1.until AND r2.since <= $asOf AND $asOf <= r2.until))
WITH DISTINCT cik, q, c
ORDER BY c.name, c.cik
WITH cik, q, collect(c) AS companies
RETURN cik, q, companies
ORDER BY cik, size(companies) DESC, q.displayName, q.cik
