// The nodes of a neighbourhood and every role edge (one per spell) of $types (held on $asOf when given, by the
// tenure rule of positions.cypher with $graceDays) between two of them; newest is the newest period of report.
CALL () {
  OPTIONAL MATCH (f:Filing) WHERE f.periodOfReport IS NOT NULL
  RETURN f.periodOfReport AS newest ORDER BY newest DESC LIMIT 1
}
UNWIND $ciks AS cik
MATCH (a:Entity {cik: cik})
CALL (a) {
  OPTIONAL MATCH (a)-[r:$any($types)]->(b:Entity)
  WHERE b.cik IN $ciks
    AND ($asOf IS NULL
      OR (r.since <= $asOf AND $asOf <= coalesce(r.until, r.lastReported + duration({days: $graceDays}))))
  RETURN collect({source: a.cik, target: b.cik, type: type(r), since: r.since, lastReported: r.lastReported,
                  until: r.until, title: r.title}) AS edges
}
RETURN a, edges, newest
