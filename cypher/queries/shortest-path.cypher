// The shortest chain of role edges (either direction) between two entities, at most $maxHops long (the pattern's
// bound is the API's cap on maxHops). Of several equally short chains, the first by node CIKs, then roles, then
// spells, is kept; newest is the newest period of report in the graph.
MATCH (a:Entity {cik: $fromCik}), (b:Entity {cik: $toCik})
MATCH p = ALL SHORTEST (a)-[:DIRECTOR_OF|OFFICER_OF|TEN_PERCENT_OWNER_OF|OTHER_INSIDER_OF]-{1,8}(b)
WHERE length(p) <= $maxHops
WITH p
ORDER BY [n IN nodes(p) | n.cik], [r IN relationships(p) | type(r)], [r IN relationships(p) | r.since]
LIMIT 1
CALL () {
  OPTIONAL MATCH (f:Filing) WHERE f.periodOfReport IS NOT NULL
  RETURN f.periodOfReport AS newest ORDER BY newest DESC LIMIT 1
}
RETURN nodes(p) AS nodes, newest,
       [r IN relationships(p) | {source: startNode(r).cik, target: endNode(r).cik, type: type(r), since: r.since,
                                  lastReported: r.lastReported, until: r.until, title: r.title}] AS edges
