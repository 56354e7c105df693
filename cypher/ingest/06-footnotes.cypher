// Footnotes belong to their filing; their ids are "<accession>:<F1>".
UNWIND $footnotes AS row
MATCH (f:Filing {accessionNumber: row.accession})
CREATE (f)-[:HAS_FOOTNOTE]->(:Footnote {id: row.id, footnoteId: row.footnoteId, text: row.text})
