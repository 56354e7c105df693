// One page of filings per company as issuer, newest first (filing date, else period of report), ties by accession,
// for many companies in one statement: each of $keys ({id, cik, afterKey, afterId}) comes back as one row with its
// page in order. The sort key is a day number so that a cursor can carry it; a page starts after the cursor's
// (key, accession). LIMIT cannot name a key's own size, so each page takes up to $limit rows (the largest asked for)
// and the caller cuts it to its size.
UNWIND $keys AS k
CALL (k) {
  MATCH (:Entity {cik: k.cik})<-[:ISSUER]-(f:Filing)
  WITH f, duration.inDays(date('1970-01-01'), coalesce(f.filedAt, f.periodOfReport, date('0001-01-01'))).days AS key
  WHERE k.afterKey IS NULL OR key < k.afterKey OR (key = k.afterKey AND f.accessionNumber > k.afterId)
  WITH f, key
  ORDER BY key DESC, f.accessionNumber
  LIMIT $limit
  RETURN collect({node: f, key: key}) AS rows
}
RETURN k.id AS id, rows
