// What the network cache keys its answers by, besides their arguments: counts the count store answers at once,
// which every ingest of a new filing changes (a filing replaced by another copy is told by the in-process epoch).
RETURN COUNT { (:Filing) } AS filings, COUNT { (:Entity) } AS entities,
       COUNT { ()-[:DIRECTOR_OF]->() } AS directors, COUNT { ()-[:OFFICER_OF]->() } AS officers,
       COUNT { ()-[:TEN_PERCENT_OWNER_OF]->() } AS tenPercentOwners, COUNT { ()-[:OTHER_INSIDER_OF]->() } AS others
