// A company by its latest ticker; if two CIKs ever carried it, the one that filed most recently wins.
MATCH (c:Company {ticker: $ticker})
RETURN c
ORDER BY c.tickerKey DESC, c.cik
LIMIT 1
