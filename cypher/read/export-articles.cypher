// All articles, for RDF export, in id order.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, toString(a.published) AS published, a.source AS source, a.url AS url,
       a.contentHash AS contentHash
ORDER BY id
