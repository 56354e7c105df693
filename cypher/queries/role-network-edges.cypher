// Every role edge of $types, grouped by insider in CIK order.
MATCH (a:Entity)
WHERE a.cik IS NOT NULL
MATCH (a)-[r:$any($types)]->(c:Company)
RETURN {source: a.cik, target: c.cik, type: type(r), since: r.since, until: r.until, title: r.title} AS edge
ORDER BY a.cik
