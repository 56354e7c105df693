// Full-text search over people and companies: "martin laguerre", "Laguerre Martin" and "laguerre" all match.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Company) ON EACH [n.name, n.displayName];
// Lookups by ticker and screens by date.
CREATE INDEX company_ticker IF NOT EXISTS FOR (c:Company) ON (c.ticker);
CREATE INDEX transaction_date IF NOT EXISTS FOR (t:Transaction) ON (t.transactionDate);
CREATE INDEX filing_period IF NOT EXISTS FOR (f:Filing) ON (f.periodOfReport);
// Amendment matching looks filings and amendments up by issuer.
CREATE INDEX filing_issuer IF NOT EXISTS FOR (f:Filing) ON (f.issuerCik);
CREATE INDEX amendment_issuer IF NOT EXISTS FOR (a:Amendment) ON (a.issuerCik);
