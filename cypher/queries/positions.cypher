// The positions of insiders (by owner CIK), optionally only those held on $asOf (since <= asOf <= until).
UNWIND $ciks AS cik
MATCH (o:Entity {cik: cik})-[r:DIRECTOR_OF|OFFICER_OF|TEN_PERCENT_OWNER_OF|OTHER_INSIDER_OF]->(c:Company)
WHERE $asOf IS NULL OR (r.since <= $asOf AND $asOf <= r.until)
RETURN cik, o, c, type(r) AS type, r
ORDER BY cik, r.since, c.cik, type
