// Full-text search over names as filed and display names; the caller builds a safe Lucene query from the words.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first})
YIELD node, score
RETURN node AS e, score
ORDER BY score DESC, e.cik
