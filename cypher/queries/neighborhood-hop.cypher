// One breadth-first step of a neighbourhood: the entities one role edge of $types (held on $asOf when given) away
// from the frontier, in either direction.
UNWIND $frontier AS cik
MATCH (:Entity {cik: cik})-[r:$any($types)]-(n:Entity)
WHERE $asOf IS NULL OR (r.since <= $asOf AND $asOf <= r.until)
RETURN DISTINCT n.cik AS cik
