// Baseline of `geokg bench`: the same parameter rows the graph writes use, stored with a plain CREATE (no MERGE,
// no lookups, no relationships) under a scratch label, to show what the write queries cost beyond raw storage.
// Parameters: rows [maps of plain values], kind (which write query the rows belong to).
// replan=skip as the write queries have it: this plan does not depend on the store's size either.
CYPHER replan=skip
UNWIND $rows AS row
CREATE (n:BenchRow)
SET n = row, n.benchKind = $kind
