// The insiders (role spells) of companies (by company CIK) holding one of $types, optionally only those in office on
// $asOf (the tenure rule of positions.cypher, with $graceDays); newest is the newest period of report in the graph.
CALL () {
  OPTIONAL MATCH (f:Filing) WHERE f.periodOfReport IS NOT NULL
  RETURN f.periodOfReport AS newest ORDER BY newest DESC LIMIT 1
}
UNWIND $ciks AS cik
MATCH (c:Company {cik: cik})<-[r:$any($types)]-(o:Entity)
WHERE $asOf IS NULL
   OR (r.since <= $asOf AND $asOf <= coalesce(r.until, r.lastReported + duration({days: $graceDays})))
RETURN cik, o, c, type(r) AS type, r, newest
ORDER BY cik, o.displayName, o.cik, type, r.since
