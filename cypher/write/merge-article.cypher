// Stores articles once: ON CREATE only, so re-ingesting the same article changes nothing.
// Parameters: rows [{id, props: {title, published (date), source, url, text, contentHash, sentences}}]
// replan=skip: only unique-id seeks and expands between held nodes, a plan right for any size (WriteQueryPlansIT).
CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a += row.props, a.ingestedAt = datetime()
