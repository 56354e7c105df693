// Every role edge (one per spell) of $types, grouped by insider in CIK order (read from the CIK index, so nothing
// is sorted); newest is the newest period of report in the graph, which an open spell's end is measured against.
CALL () {
  OPTIONAL MATCH (f:Filing) WHERE f.periodOfReport IS NOT NULL
  RETURN f.periodOfReport AS newest ORDER BY newest DESC LIMIT 1
}
MATCH (a:Entity)
WHERE a.cik IS NOT NULL
MATCH (a)-[r:$any($types)]->(c:Company)
RETURN {source: a.cik, target: c.cik, type: type(r), since: r.since, lastReported: r.lastReported, until: r.until,
        title: r.title} AS edge, newest
ORDER BY a.cik
