// The positions (role spells) of insiders (by owner CIK), optionally only those held on $asOf: since <= asOf and
// asOf <= until, or lastReported + $graceDays days when no filing ended the spell. newest is the newest period of
// report in the graph, against which the API decides whether a spell may still be held.
CALL () {
  OPTIONAL MATCH (f:Filing) WHERE f.periodOfReport IS NOT NULL
  RETURN f.periodOfReport AS newest ORDER BY newest DESC LIMIT 1
}
UNWIND $ciks AS cik
MATCH (o:Entity {cik: cik})-[r:DIRECTOR_OF|OFFICER_OF|TEN_PERCENT_OWNER_OF|OTHER_INSIDER_OF]->(c:Company)
WHERE $asOf IS NULL
   OR (r.since <= $asOf AND $asOf <= coalesce(r.until, r.lastReported + duration({days: $graceDays})))
RETURN cik, o, c, type(r) AS type, r, newest
ORDER BY cik, r.since, c.cik, type
