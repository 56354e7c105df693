// Every spell of role $type, for the projections of a network (ProjectionQueries keeps them per graph version and
// keeps those that count by the tenure rule of positions.cypher). ProjectionQueries writes the role's relationship
// type in place of $($type) (a parameter type makes the planner expand every relationship of a company).
MATCH (p:Entity)-[r:$($type)]->(c:Company)
RETURN p.cik AS insider, c.cik AS company, r.since AS since, r.lastReported AS lastReported, r.until AS until
