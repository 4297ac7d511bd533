// Stores articles once: ON CREATE only, so re-ingesting the same article changes nothing.
// Parameters: rows [{id, title, published (YYYY-MM-DD or null), source, url, text, contentHash, sentences}]
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.title = row.title, a.published = date(row.published), a.source = row.source, a.url = row.url,
  a.text = row.text, a.contentHash = row.contentHash, a.sentences = row.sentences, a.ingestedAt = datetime()
