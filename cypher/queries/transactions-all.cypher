// Pages of all transactions that match a filter (no issuer or owner given).
// Many pages in one statement: each of $keys (a filter, byValue, the cursor's afterKey, afterAccession, afterTable
// and afterPosition, and an id) comes back as one row with its page in order. LIMIT cannot name a key's own size,
// so each page takes up to $limit rows (the largest asked for) and the caller cuts it to its size.
UNWIND $keys AS k
CALL (k) {
  MATCH (t:Transaction)
  WHERE (k.codes IS NULL OR t.code IN k.codes)
    AND (k.from IS NULL OR t.transactionDate >= k.from)
    AND (k.to IS NULL OR t.transactionDate <= k.to)
    AND (k.derivative IS NULL OR t.derivative = k.derivative)
    AND (k.minValue IS NULL OR t.value >= k.minValue)
  // The sort key is the value (absent: -1) or the transaction date as a day number (absent: year 1), so a cursor
  // can carry it; ties are broken as the filings list their rows: by accession, table (non-derivative first) and
  // position, a number (the id's string order would put row 10 before row 2). A page starts strictly after the
  // cursor's row, whose accession, table and position the caller reads from the cursor's id.
  WITH t, CASE WHEN k.byValue THEN coalesce(t.value, -1.0)
               ELSE toFloat(duration.inDays(date('1970-01-01'), coalesce(t.transactionDate, date('0001-01-01'))).days)
          END AS key,
       CASE WHEN t.derivative THEN 1 ELSE 0 END AS tbl
  WHERE k.afterKey IS NULL OR key < k.afterKey
     OR (key = k.afterKey AND (t.accessionNumber > k.afterAccession
         OR (t.accessionNumber = k.afterAccession AND (tbl > k.afterTable
             OR (tbl = k.afterTable AND t.position > k.afterPosition)))))
  WITH t, key, tbl
  ORDER BY key DESC, t.accessionNumber, tbl, t.position
  LIMIT $limit
  RETURN collect({node: t, key: key}) AS rows
}
RETURN k.id AS id, rows
