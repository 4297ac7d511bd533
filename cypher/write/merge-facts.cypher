// Stores facts: one Fact per event (id from subject, type, object, date, negation, modality) and one REPORTED_IN
// per article that reports it (with that article's evidence). write/merge-direct then links the actors.
// Everything is MERGE: re-ingest is a no-op. Properties come as whole maps: Neo4j prepares the query text on every
// run, so a short query is a fast one.
// Parameters: rows [{id, article, subject, object, speaker, asserted, fact: {plover, predicate, date, negated,
//   modality, method, articleId, evidence, quote, confidence, sentence, charBegin, charEnd},
//   report: {evidence, quote, confidence, sentence, charBegin, charEnd}}]
// replan=skip: only unique-id seeks and expands between held nodes, a plan right for any size (WriteQueryPlansIT).
CYPHER replan=skip
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
