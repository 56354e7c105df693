// How many filings name the company as issuer.
MATCH (c:Entity {cik: $cik})
RETURN COUNT { (c)<-[:ISSUER]-(:Filing) } AS count
