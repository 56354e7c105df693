// How many transactions transactions-all.cypher pages through.
MATCH (t:Transaction)
WHERE ($codes IS NULL OR t.code IN $codes)
  AND ($from IS NULL OR t.transactionDate >= $from)
  AND ($to IS NULL OR t.transactionDate <= $to)
  AND ($derivative IS NULL OR t.derivative = $derivative)
  AND ($minValue IS NULL OR t.value >= $minValue)
RETURN count(t) AS count
