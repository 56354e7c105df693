// The projection of a network: each insider and company joined by a spell of role $type that counts (held on $asOf;
// or at some time between $from and $to, either open; or at any time when none is given), by the tenure rule of
// positions.cypher with $graceDays. One row per pair, however many spells. ProjectionQueries writes the role's
// relationship type in place of $($type) (a parameter type makes the planner expand every relationship of a company).
MATCH (p:Entity)-[r:$($type)]->(c:Company)
WITH p, c, r, coalesce(r.until, r.lastReported + duration({days: $graceDays})) AS end
WHERE ($asOf IS NULL OR (r.since <= $asOf AND $asOf <= end))
  AND ($from IS NULL OR end >= $from)
  AND ($to IS NULL OR r.since <= $to)
RETURN DISTINCT p.cik AS insider, c.cik AS company
