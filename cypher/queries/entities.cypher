// People and companies by CIK (batch lookup for owners, issuers and single lookups alike).
UNWIND $ciks AS cik
MATCH (e:Entity {cik: cik})
RETURN e
