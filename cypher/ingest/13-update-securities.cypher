// Securities after a stored copy was replaced: UNDERLYING edges that no remaining row states go, the title is the
// least spelling the remaining rows use (as in 04-securities.cypher), and a security no row names is deleted.
UNWIND $securities AS row
MATCH (s:Security {id: row.id})
CALL (s, row) {
  UNWIND row.dropUnderlyings AS to
  MATCH (s)-[u:UNDERLYING]->(:Security {id: to})
  DELETE u
}
CALL (s, row) {
  WITH s, row WHERE row.title IS NOT NULL
  SET s.title = row.title
}
CALL (s, row) {
  WITH s, row WHERE row.title IS NULL
  DETACH DELETE s
}
