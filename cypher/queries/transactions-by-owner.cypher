// One page of the transactions an owner reported that match the filter (and, if given, are in an issuer's
// securities). Starts from the owner.
MATCH (:Entity {cik: $ownerCik})-[:FILED]->(:Filing)-[:REPORTS]->(t:Transaction)
WHERE ($codes IS NULL OR t.code IN $codes)
  AND ($from IS NULL OR t.transactionDate >= $from)
  AND ($to IS NULL OR t.transactionDate <= $to)
  AND ($derivative IS NULL OR t.derivative = $derivative)
  AND ($minValue IS NULL OR t.value >= $minValue)
  AND ($issuerCik IS NULL OR t.issuerCik = $issuerCik)
// The sort key is the value (absent: -1) or the transaction date as a day number (absent: year 1), so a cursor
// can carry it; ties are broken by id and a page starts strictly after the cursor's (key, id).
WITH t, CASE WHEN $byValue THEN coalesce(t.value, -1.0)
             ELSE toFloat(duration.inDays(date('1970-01-01'), coalesce(t.transactionDate, date('0001-01-01'))).days)
        END AS key
WHERE $afterKey IS NULL OR key < $afterKey OR (key = $afterKey AND t.id > $afterId)
RETURN t, key
ORDER BY key DESC, t.id
LIMIT $limit
