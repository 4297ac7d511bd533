// The Article nodes in id order (from the id index, without a sort), for the embedded store's whole-graph export,
// which reads their properties and relationships through Neo4j's Java API (see WholeGraphReads). Returns nodes, so
// it runs in-process only.
MATCH (n:Article) WHERE n.id IS NOT NULL
RETURN n
ORDER BY n.id
