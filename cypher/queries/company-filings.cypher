// One page of a company's filings as issuer, newest first (filing date, else period of report), ties by accession.
// The sort key is a day number so that a cursor can carry it; a page starts after the cursor's (key, accession).
MATCH (:Entity {cik: $cik})<-[:ISSUER]-(f:Filing)
WITH f, duration.inDays(date('1970-01-01'), coalesce(f.filedAt, f.periodOfReport, date('0001-01-01'))).days AS key
WHERE $afterKey IS NULL OR key < $afterKey OR (key = $afterKey AND f.accessionNumber > $afterId)
RETURN f, key
ORDER BY key DESC, f.accessionNumber
LIMIT $limit
