// People and companies, one row per CIK of the batch. An entity is a Company once anything says it is an
// organisation (it is an issuer, or the owner heuristic says so), otherwise a Person. Name, ticker and header data
// follow the newest filing (by date, then accession) and every name ever filed is kept in `names`, so the result
// does not depend on the order in which filings arrive.
UNWIND $entities AS row
MERGE (e:Entity {cik: row.cik})
ON CREATE SET e.nameKey = '', e.tickerKey = '', e.headerKey = '', e.names = [], e.tickers = []
FOREACH (_ IN CASE WHEN row.company THEN [1] ELSE [] END | SET e:Company REMOVE e:Person)
FOREACH (_ IN CASE WHEN NOT row.company AND NOT e:Company THEN [1] ELSE [] END | SET e:Person)
WITH e, row, row.nameKey >= e.nameKey AS newestName, row.ticker IS NOT NULL AND row.tickerKey >= e.tickerKey AS newestTicker
SET e.names = COLLECT { UNWIND e.names + row.names AS n RETURN DISTINCT n ORDER BY n },
    e.tickers = COLLECT { UNWIND e.tickers + row.tickers AS t RETURN DISTINCT t ORDER BY t },
    e.name = CASE WHEN newestName THEN row.name ELSE e.name END,
    e.nameKey = CASE WHEN newestName THEN row.nameKey ELSE e.nameKey END,
    e.ticker = CASE WHEN newestTicker THEN row.ticker ELSE e.ticker END,
    e.tickerKey = CASE WHEN newestTicker THEN row.tickerKey ELSE e.tickerKey END
SET e.displayName = CASE WHEN e:Company THEN e.name WHEN newestName THEN row.displayName ELSE e.displayName END
WITH e, row
WHERE row.header IS NOT NULL AND row.headerKey >= e.headerKey
SET e += row.header, e.headerKey = row.headerKey
