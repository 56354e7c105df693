// AMENDS links, made whichever of the two filings arrives first. An amendment (form "4/A") amends the filing of
// the base form ("4") by the same issuer that shares a reporting owner with it and was filed on its
// dateOfOriginalSubmission; where either date is unknown, the one with the same period of report.
UNWIND $accessions AS accession
MATCH (f:Filing {accessionNumber: accession})
CALL (f) {
  WITH f WHERE f.amendment
  MATCH (original:Filing {issuerCik: f.issuerCik})
  WHERE NOT original.amendment AND original.formType = f.baseFormType
    AND CASE WHEN f.dateOfOriginalSubmission IS NOT NULL AND original.filedAt IS NOT NULL
             THEN original.filedAt = f.dateOfOriginalSubmission
             ELSE original.periodOfReport = f.periodOfReport END
    AND EXISTS { (f)<-[:FILED]-()-[:FILED]->(original) }
  MERGE (f)-[:AMENDS]->(original)
  RETURN count(*) AS asAmendment
}
CALL (f) {
  WITH f WHERE NOT f.amendment
  MATCH (amendment:Amendment {issuerCik: f.issuerCik})
  WHERE amendment.baseFormType = f.formType
    AND CASE WHEN amendment.dateOfOriginalSubmission IS NOT NULL AND f.filedAt IS NOT NULL
             THEN f.filedAt = amendment.dateOfOriginalSubmission
             ELSE f.periodOfReport = amendment.periodOfReport END
    AND EXISTS { (f)<-[:FILED]-()-[:FILED]->(amendment) }
  MERGE (amendment)-[:AMENDS]->(f)
  RETURN count(*) AS asOriginal
}
RETURN count(*) AS linked
