// How many transactions transactions-by-owner.cypher pages through.
MATCH (:Entity {cik: $ownerCik})-[:FILED]->(:Filing)-[:REPORTS]->(t:Transaction)
WHERE ($codes IS NULL OR t.code IN $codes)
  AND ($from IS NULL OR t.transactionDate >= $from)
  AND ($to IS NULL OR t.transactionDate <= $to)
  AND ($derivative IS NULL OR t.derivative = $derivative)
  AND ($minValue IS NULL OR t.value >= $minValue)
  AND ($issuerCik IS NULL OR t.issuerCik = $issuerCik)
RETURN count(t) AS count
