// The footnotes on the fields of transaction rows, with the field each is attached to.
UNWIND $ids AS id
MATCH (:Transaction {id: id})-[x:FOOTNOTE]->(n:Footnote)
RETURN id, x.field AS field, n
ORDER BY id, size(n.footnoteId), n.footnoteId, field
