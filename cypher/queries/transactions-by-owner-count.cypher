// How many transactions transactions-by-owner.cypher pages through, for each of $keys (a filter and an id).
UNWIND $keys AS k
CALL (k) {
  MATCH (:Entity {cik: k.ownerCik})-[:FILED]->(:Filing)-[:REPORTS]->(t:Transaction)
  WHERE (k.codes IS NULL OR t.code IN k.codes)
    AND (k.from IS NULL OR t.transactionDate >= k.from)
    AND (k.to IS NULL OR t.transactionDate <= k.to)
    AND (k.derivative IS NULL OR t.derivative = k.derivative)
    AND (k.minValue IS NULL OR t.value >= k.minValue)
    AND (k.issuerCik IS NULL OR t.issuerCik = k.issuerCik)
  RETURN count(t) AS count
}
RETURN k.id AS id, count
