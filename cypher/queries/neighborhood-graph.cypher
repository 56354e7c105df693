// The nodes of a neighbourhood and every role edge of $types (held on $asOf when given) between two of them.
UNWIND $ciks AS cik
MATCH (a:Entity {cik: cik})
CALL (a) {
  OPTIONAL MATCH (a)-[r:$any($types)]->(b:Entity)
  WHERE b.cik IN $ciks AND ($asOf IS NULL OR (r.since <= $asOf AND $asOf <= r.until))
  RETURN collect({source: a.cik, target: b.cik, type: type(r), since: r.since, until: r.until, title: r.title})
         AS edges
}
RETURN a, edges
