// A derivative security and the security it converts into.
UNWIND $underlyings AS row
MATCH (derivative:Security {id: row.from})
MATCH (underlying:Security {id: row.to})
MERGE (derivative)-[:UNDERLYING]->(underlying)
