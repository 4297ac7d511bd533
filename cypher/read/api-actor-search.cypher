// Full-text actor search (index actor_names: name and aliases) for GET /api/actors?q=, best match first, with
// the number of facts each actor is in. Parameters: query (Lucene syntax, escaped by the caller), limit
// The index is eventually consistent (V0003): wait for writes already committed, so a search sees them.
CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
CALL db.index.fulltext.queryNodes('actor_names', $query) YIELD node, score
WHERE node:Actor
RETURN node.id AS id, node.name AS name, node.type AS type, node.iso3 AS country,
       coalesce(node.aliases, []) AS aliases, COUNT { (node)<-[:SUBJECT|OBJECT]-(:Fact) } AS facts, score
ORDER BY score DESC, facts DESC, id
LIMIT $limit
