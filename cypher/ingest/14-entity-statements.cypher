// After a stored copy was replaced: what every remaining filing says of each person or company it named, as
// issuer (ISSUER edges) and then as owner (FILED edges), with the dates and accession number that order the
// statements, so that names, tickers, header data and labels are derived again from what remains.
UNWIND $ciks AS cik
MATCH (e:Entity {cik: cik})
RETURN cik,
       COLLECT {
         MATCH (f:Filing)-[i:ISSUER]->(e)
         RETURN {filedAt: f.filedAt, periodOfReport: f.periodOfReport, accession: f.accessionNumber,
                 properties: properties(i)}
       } AS asIssuer,
       COLLECT {
         MATCH (e)-[r:FILED]->(f:Filing)
         RETURN {filedAt: f.filedAt, periodOfReport: f.periodOfReport, accession: f.accessionNumber,
                 properties: properties(r)}
       } AS asOwner
