// The direct actor-to-actor relationships (one per PLOVER type, kept in step with the asserted facts) for RDF
// export: one row per relationship and fact behind it, with the articles reporting that fact. The rows of one
// relationship come together, so the exporter writes its triple once; starting from the actor id index orders
// them without a sort. Parameters: as export-facts (the filters apply to the facts).
MATCH (s:Actor) WHERE s.id IS NOT NULL
MATCH (s)-[d:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT]->(o:Actor)
UNWIND d.factIds AS factId
MATCH (f:Fact {id: factId})
WHERE ($since IS NULL OR f.date >= date($since))
  AND ($until IS NULL OR f.date <= date($until))
  AND ($plover IS NULL OR f.plover IN $plover)
  AND ($actors IS NULL OR s.id IN $actors OR o.id IN $actors)
RETURN s.id AS subject, type(d) AS plover, o.id AS object, f.id AS fact,
       [(f)-[:REPORTED_IN]->(a:Article) | a.id] AS articles
ORDER BY subject
