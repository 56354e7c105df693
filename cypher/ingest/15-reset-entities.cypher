// After a stored copy was replaced: people and companies that filings still name forget what was derived for
// them, which 02-entities.cypher then sets again from the remaining filings' statements; the others are deleted.
UNWIND $ciks AS cik
MATCH (e:Entity {cik: cik})
WITH e, EXISTS { (e)-[:FILED]->() } OR EXISTS { ()-[:ISSUER]->(e) } AS named
CALL (e, named) {
  WITH e WHERE named
  REMOVE e:Company, e:Person, e.name, e.displayName, e.ticker, e.sic, e.sicDescription, e.stateOfIncorporation,
         e.fiscalYearEnd, e.irsNumber, e.businessPhone, e.businessAddress, e.mailAddress, e.formerNames,
         e.formerNameDates
  SET e.nameKey = '', e.tickerKey = '', e.headerKey = '', e.names = [], e.tickers = []
}
CALL (e, named) {
  WITH e WHERE NOT named
  DETACH DELETE e
}
