// One breadth-first step of a neighbourhood: the entities one role edge of $types (held on $asOf when given, by the
// tenure rule of positions.cypher with $graceDays) away from the frontier, in either direction.
UNWIND $frontier AS cik
MATCH (:Entity {cik: cik})-[r:$any($types)]-(n:Entity)
WHERE $asOf IS NULL
   OR (r.since <= $asOf AND $asOf <= coalesce(r.until, r.lastReported + duration({days: $graceDays})))
RETURN DISTINCT n.cik AS cik
