// For asserted facts, a direct actor-to-actor relationship per PLOVER type that keeps the count, first and last
// date and the fact ids (for browsing). Parameters: the rows of write/merge-facts, run after it.
// One MERGE with a dynamic type (the PLOVER type) rather than a branch per type, which cost more to prepare on every
// run than the writes themselves. It is a query of its own, and the only write query that is replanned as the
// graph grows: planned on an empty store, a MERGE with a dynamic type scans all relationships (a scan of nothing
// looks free); planned on a grown one it is an Expand(Into) between the two actors.
UNWIND $rows AS row
WITH row WHERE row.asserted
MATCH (s:Actor {id: row.subject}), (o:Actor {id: row.object})
MERGE (s)-[d:$(row.fact.plover)]->(o)
SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
SET d.count = size(d.factIds),
    d.first = CASE WHEN d.first IS NULL OR row.fact.date < d.first THEN row.fact.date ELSE d.first END,
    d.last = CASE WHEN d.last IS NULL OR row.fact.date > d.last THEN row.fact.date ELSE d.last END
