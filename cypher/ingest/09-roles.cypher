// Role edges, recomputed from every FILED edge between each owner and issuer the batch touched, so they are the
// same whatever the order of arrival and however often a filing is written: since/until are the first and last
// period of report in which the owner reported that role, filings how many filings did, title the latest title.
UNWIND $pairs AS pair
MATCH (o:Entity {cik: pair.owner})
MATCH (c:Entity {cik: pair.issuer})
CALL (o, c) {
  MATCH (o)-[r:FILED]->(f:Filing)-[:ISSUER]->(c)
  WITH r, f ORDER BY f.periodOfReport, f.accessionNumber
  RETURN
    [x IN collect(CASE WHEN r.isDirector THEN f.periodOfReport END) WHERE x IS NOT NULL] AS director,
    [x IN collect(CASE WHEN r.isOfficer THEN f.periodOfReport END) WHERE x IS NOT NULL] AS officer,
    [x IN collect(CASE WHEN r.isTenPercentOwner THEN f.periodOfReport END) WHERE x IS NOT NULL] AS tenPercent,
    [x IN collect(CASE WHEN r.isOther THEN f.periodOfReport END) WHERE x IS NOT NULL] AS other,
    collect(CASE WHEN r.isOfficer THEN r.officerTitle END) AS officerTitles,
    collect(CASE WHEN r.isOther THEN r.otherText END) AS otherTexts,
    sum(CASE WHEN r.isDirector THEN 1 ELSE 0 END) AS directorFilings,
    sum(CASE WHEN r.isOfficer THEN 1 ELSE 0 END) AS officerFilings,
    sum(CASE WHEN r.isTenPercentOwner THEN 1 ELSE 0 END) AS tenPercentFilings,
    sum(CASE WHEN r.isOther THEN 1 ELSE 0 END) AS otherFilings
}
CALL (o, c, director, directorFilings) {
  OPTIONAL MATCH (o)-[old:DIRECTOR_OF]->(c) WHERE directorFilings = 0
  DELETE old
  WITH * WHERE directorFilings > 0
  MERGE (o)-[role:DIRECTOR_OF]->(c)
  SET role.since = director[0], role.until = director[-1], role.filings = directorFilings
}
CALL (o, c, officer, officerFilings, officerTitles) {
  OPTIONAL MATCH (o)-[old:OFFICER_OF]->(c) WHERE officerFilings = 0
  DELETE old
  WITH * WHERE officerFilings > 0
  MERGE (o)-[role:OFFICER_OF]->(c)
  SET role.since = officer[0], role.until = officer[-1], role.filings = officerFilings,
      role.title = officerTitles[-1]
}
CALL (o, c, tenPercent, tenPercentFilings) {
  OPTIONAL MATCH (o)-[old:TEN_PERCENT_OWNER_OF]->(c) WHERE tenPercentFilings = 0
  DELETE old
  WITH * WHERE tenPercentFilings > 0
  MERGE (o)-[role:TEN_PERCENT_OWNER_OF]->(c)
  SET role.since = tenPercent[0], role.until = tenPercent[-1], role.filings = tenPercentFilings
}
CALL (o, c, other, otherFilings, otherTexts) {
  OPTIONAL MATCH (o)-[old:OTHER_INSIDER_OF]->(c) WHERE otherFilings = 0
  DELETE old
  WITH * WHERE otherFilings > 0
  MERGE (o)-[role:OTHER_INSIDER_OF]->(c)
  SET role.since = other[0], role.until = other[-1], role.filings = otherFilings, role.title = otherTexts[-1]
}
