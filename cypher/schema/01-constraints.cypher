// Identity of every node kind; each constraint also gives the index that MERGE and lookups use.
CREATE CONSTRAINT company_cik IF NOT EXISTS FOR (c:Company) REQUIRE c.cik IS UNIQUE;
CREATE CONSTRAINT person_cik IF NOT EXISTS FOR (p:Person) REQUIRE p.cik IS UNIQUE;
CREATE CONSTRAINT filing_accession IF NOT EXISTS FOR (f:Filing) REQUIRE f.accessionNumber IS UNIQUE;
CREATE CONSTRAINT security_id IF NOT EXISTS FOR (s:Security) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT transaction_id IF NOT EXISTS FOR (t:Transaction) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT holding_id IF NOT EXISTS FOR (h:Holding) REQUIRE h.id IS UNIQUE;
CREATE CONSTRAINT footnote_id IF NOT EXISTS FOR (n:Footnote) REQUIRE n.id IS UNIQUE;
// Every person and company is one Entity node per CIK, labelled Person or Company (a CIK is never both).
CREATE CONSTRAINT entity_cik IF NOT EXISTS FOR (e:Entity) REQUIRE e.cik IS UNIQUE;
