// How many transactions transactions-by-issuer.cypher pages through.
MATCH (:Entity {cik: $issuerCik})<-[:ISSUER]-(f:Filing)-[:REPORTS]->(t:Transaction)
WHERE ($codes IS NULL OR t.code IN $codes)
  AND ($from IS NULL OR t.transactionDate >= $from)
  AND ($to IS NULL OR t.transactionDate <= $to)
  AND ($derivative IS NULL OR t.derivative = $derivative)
  AND ($minValue IS NULL OR t.value >= $minValue)
  AND ($ownerCik IS NULL OR EXISTS { (f)<-[:FILED]-(:Entity {cik: $ownerCik}) })
RETURN count(t) AS count
