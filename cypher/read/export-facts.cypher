// Facts with their actors, speaker and reporting articles, for RDF export, in id order. Starting from the id
// index gives that order without a sort, so rows stream however many facts there are.
// Parameters (null = no filter): since, until (YYYY-MM-DD; undated facts fall outside any range), plover (list of
// PLOVER types), actors (list of actor ids: the fact's subject or object).
MATCH (f:Fact) WHERE f.id IS NOT NULL
MATCH (s:Actor)<-[:SUBJECT]-(f)-[:OBJECT]->(o:Actor)
WHERE ($since IS NULL OR f.date >= date($since))
  AND ($until IS NULL OR f.date <= date($until))
  AND ($plover IS NULL OR f.plover IN $plover)
  AND ($actors IS NULL OR s.id IN $actors OR o.id IN $actors)
OPTIONAL MATCH (f)-[:SAID_BY]->(sp:Actor)
RETURN f.id AS id, s.id AS subject, o.id AS object, sp.id AS speaker, f.plover AS plover, f.predicate AS predicate,
       toString(f.date) AS date, f.evidence AS evidence, f.quote AS quote, f.negated AS negated,
       f.modality AS modality, f.confidence AS confidence,
       [(f)-[:REPORTED_IN]->(a:Article) | a.id] AS articles
ORDER BY id
