// Open-market buying (P) against selling (S) per issuer between $from and $to: distinct buyers and sellers, shares
// and value (shares x price) each way; largest net value bought first.
MATCH (t:Transaction)
WHERE t.code IN ['P', 'S']
  AND ($issuerCik IS NULL OR t.issuerCik = $issuerCik)
  AND ($from IS NULL OR t.transactionDate >= $from)
  AND ($to IS NULL OR t.transactionDate <= $to)
MATCH (t)<-[:REPORTS]-(:Filing)<-[:FILED]-(o:Entity)
WITH t, collect(o.cik) AS owners
WITH t.issuerCik AS issuer,
     collect(CASE WHEN t.code = 'P' THEN owners END) AS buyerLists,
     collect(CASE WHEN t.code = 'S' THEN owners END) AS sellerLists,
     sum(CASE WHEN t.code = 'P' THEN coalesce(t.shares, 0.0) ELSE 0.0 END) AS sharesBought,
     sum(CASE WHEN t.code = 'S' THEN coalesce(t.shares, 0.0) ELSE 0.0 END) AS sharesSold,
     sum(CASE WHEN t.code = 'P' THEN coalesce(t.value, 0.0) ELSE 0.0 END) AS valueBought,
     sum(CASE WHEN t.code = 'S' THEN coalesce(t.value, 0.0) ELSE 0.0 END) AS valueSold
MATCH (c:Company {cik: issuer})
RETURN c,
       size(COLLECT { UNWIND buyerLists AS l UNWIND l AS x RETURN DISTINCT x }) AS buyers,
       size(COLLECT { UNWIND sellerLists AS l UNWIND l AS x RETURN DISTINCT x }) AS sellers,
       sharesBought, sharesSold, valueBought, valueSold
ORDER BY valueBought - valueSold DESC, c.cik
LIMIT $first
