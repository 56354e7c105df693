// Cluster buys: for each issuer and each date on which an insider bought (code P), the purchases from that date up
// to $windowDays days later; kept when at least $minInsiders distinct insiders bought in total at least $minValue.
// The caller drops windows whose purchases all lie in a larger window of the same issuer.
MATCH (t:Transaction {code: 'P'})
WHERE t.transactionDate IS NOT NULL
  AND ($from IS NULL OR t.transactionDate >= $from)
  AND ($to IS NULL OR t.transactionDate <= $to)
MATCH (t)<-[:REPORTS]-(:Filing)<-[:FILED]-(o:Entity)
WITH t, collect(o) AS owners
WITH t.issuerCik AS issuer, collect({t: t, owners: owners}) AS purchases
UNWIND purchases AS anchor
WITH DISTINCT issuer, purchases, anchor.t.transactionDate AS start
WITH issuer, start,
     [p IN purchases WHERE start <= p.t.transactionDate < start + duration({days: $windowDays})] AS window
WITH issuer, start, window,
     COLLECT { UNWIND window AS p UNWIND p.owners AS o RETURN DISTINCT o ORDER BY o.displayName, o.cik } AS insiders,
     reduce(v = 0.0, p IN window | v + coalesce(p.t.value, 0.0)) AS value
WHERE size(insiders) >= $minInsiders AND value >= $minValue
MATCH (c:Company {cik: issuer})
RETURN c, start,
       reduce(d = start, p IN window | CASE WHEN p.t.transactionDate > d THEN p.t.transactionDate ELSE d END) AS end,
       insiders, size(window) AS purchases,
       reduce(s = 0.0, p IN window | s + coalesce(p.t.shares, 0.0)) AS shares, value,
       [p IN window | p.t.id] AS ids
ORDER BY size(insiders) DESC, value DESC, c.cik, start
