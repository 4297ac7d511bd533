// Removes the scratch nodes of the graph-write baseline of `geokg bench`, in batches (auto-commit transaction).
MATCH (n:BenchRow)
CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
