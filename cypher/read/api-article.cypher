// One stored article, for GET /api/articles/{id}. Parameters: id
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, toString(a.published) AS published, a.source AS source, a.url AS url,
       a.sentences AS sentences, toString(a.ingestedAt) AS ingestedAt, a.text AS text
