// The insiders of companies (by company CIK) holding one of $types, optionally only those in office on $asOf.
UNWIND $ciks AS cik
MATCH (c:Company {cik: cik})<-[r:$any($types)]-(o:Entity)
WHERE $asOf IS NULL OR (r.since <= $asOf AND $asOf <= r.until)
RETURN cik, o, c, type(r) AS type, r
ORDER BY cik, o.displayName, o.cik, type
