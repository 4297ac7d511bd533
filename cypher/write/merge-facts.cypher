// Stores facts: one Fact per event (id from subject, type, object, date, negation, modality), one REPORTED_IN
// per article that reports it (with that article's evidence), and for asserted facts a direct actor-to-actor
// relationship per PLOVER type that keeps the count, first and last date and the fact ids (for browsing).
// Everything is MERGE: re-ingest is a no-op. Properties come as whole maps: Neo4j prepares the query text on every
// run, so a short query is a fast one.
// Parameters: rows [{id, article, subject, object, speaker, asserted, fact: {plover, predicate, date, negated,
//   modality, method, articleId, evidence, quote, confidence, sentence, charBegin, charEnd},
//   report: {evidence, quote, confidence, sentence, charBegin, charEnd}}]
UNWIND $rows AS row
MATCH (s:Actor {id: row.subject}), (o:Actor {id: row.object}), (art:Article {id: row.article})
MERGE (f:Fact {id: row.id})
ON CREATE SET f += row.fact, f.createdAt = datetime()
SET f.confidence = CASE WHEN row.fact.confidence > f.confidence THEN row.fact.confidence ELSE f.confidence END
MERGE (f)-[:SUBJECT]->(s)
MERGE (f)-[:OBJECT]->(o)
MERGE (f)-[r:REPORTED_IN]->(art)
ON CREATE SET r += row.report
FOREACH (_ IN CASE WHEN row.speaker IS NULL THEN [] ELSE [1] END |
  MERGE (sp:Actor {id: row.speaker})
  MERGE (f)-[:SAID_BY]->(sp))
// One MERGE with a dynamic type (the PLOVER type) rather than a branch per type, which cost more to prepare on
// every run than the writes themselves. Planned on a grown graph it is an Expand(Into) between the two actors.
FOREACH (_ IN CASE WHEN row.asserted THEN [1] ELSE [] END |
  MERGE (s)-[d:$(row.fact.plover)]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds),
      d.first = CASE WHEN d.first IS NULL OR row.fact.date < d.first THEN row.fact.date ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR row.fact.date > d.last THEN row.fact.date ELSE d.last END)
