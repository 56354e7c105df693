// A stored filing met again in the same bytes at a path that sorts first takes that path as its source, so that
// `source` does not depend on which copy arrived first.
UNWIND $sources AS row
MATCH (f:Filing {accessionNumber: row.accession})
SET f.source = row.source
