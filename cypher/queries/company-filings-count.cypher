// How many filings name each company as issuer (a CIK that names nothing gives no row).
UNWIND $ciks AS cik
MATCH (c:Entity {cik: cik})
RETURN cik, COUNT { (c)<-[:ISSUER]-(:Filing) } AS count
