// Node counts; each COUNT on a single label is answered from the count store.
RETURN COUNT { (:Company) } AS companies,
       COUNT { (:Person) } AS people,
       COUNT { (:Filing) } AS filings,
       COUNT { (:Transaction) } AS transactions,
       COUNT { (:Holding) } AS holdings
