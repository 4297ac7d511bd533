// Articles for RDF export, in id order (from the id index, without a sort). Unfiltered ($filtered false): all
// articles. Filtered: the articles that report a fact export-facts returns. Parameters: as export-facts, plus
// filtered.
MATCH (a:Article) WHERE a.id IS NOT NULL
  AND (NOT $filtered OR EXISTS {
    MATCH (s:Actor)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(o:Actor), (f)-[:REPORTED_IN]->(a)
    WHERE ($since IS NULL OR f.date >= date($since))
      AND ($until IS NULL OR f.date <= date($until))
      AND ($plover IS NULL OR f.plover IN $plover)
      AND ($actors IS NULL OR s.id IN $actors OR o.id IN $actors)
  })
RETURN a.id AS id, a.title AS title, toString(a.published) AS published, a.source AS source, a.url AS url,
       a.contentHash AS contentHash
ORDER BY id
