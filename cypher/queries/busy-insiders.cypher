// Busy insiders: those holding role $type (by the tenure rule of positions.cypher) at $minCompanies companies or
// more, most companies first, then by name; each with the companies, by name.
MATCH (p:Entity)-[r:$($type)]->(c:Company)
WITH p, c, r, coalesce(r.until, r.lastReported + duration({days: $graceDays})) AS end
WHERE ($asOf IS NULL OR (r.since <= $asOf AND $asOf <= end))
  AND ($from IS NULL OR end >= $from)
  AND ($to IS NULL OR r.since <= $to)
WITH DISTINCT p, c
ORDER BY c.name, c.cik
WITH p, collect(c) AS companies
WHERE size(companies) >= $minCompanies
RETURN p, companies
ORDER BY size(companies) DESC, p.displayName, p.cik
LIMIT $first
