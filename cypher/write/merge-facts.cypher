// Stores facts: one Fact per event (id from subject, type, object, date, negation, modality), one REPORTED_IN
// per article that reports it, and for asserted facts a direct actor-to-actor relationship per PLOVER type that
// keeps the count, first and last date and the fact ids (for browsing). Everything is MERGE: re-ingest is a no-op.
// Parameters: rows [{id, article, subject, object, speaker, plover, predicate, date, evidence, quote, negated,
//   modality, confidence, asserted, sentence, begin, end, method}]
UNWIND $rows AS row
MATCH (s:Actor {id: row.subject}), (o:Actor {id: row.object}), (art:Article {id: row.article})
MERGE (f:Fact {id: row.id})
ON CREATE SET f.plover = row.plover, f.predicate = row.predicate, f.date = date(row.date), f.evidence = row.evidence,
  f.quote = row.quote, f.negated = row.negated, f.modality = row.modality, f.confidence = row.confidence,
  f.sentence = row.sentence, f.charBegin = row.begin, f.charEnd = row.end, f.method = row.method,
  f.articleId = row.article, f.createdAt = datetime()
SET f.confidence = CASE WHEN row.confidence > f.confidence THEN row.confidence ELSE f.confidence END
MERGE (f)-[:SUBJECT]->(s)
MERGE (f)-[:OBJECT]->(o)
MERGE (f)-[r:REPORTED_IN]->(art)
ON CREATE SET r.evidence = row.evidence, r.quote = row.quote, r.sentence = row.sentence, r.charBegin = row.begin,
  r.charEnd = row.end, r.confidence = row.confidence
FOREACH (_ IN CASE WHEN row.speaker IS NULL THEN [] ELSE [1] END |
  MERGE (sp:Actor {id: row.speaker})
  MERGE (f)-[:SAID_BY]->(sp))
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'AGREE' THEN [1] ELSE [] END |
  MERGE (s)-[d:AGREE]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'CONSULT' THEN [1] ELSE [] END |
  MERGE (s)-[d:CONSULT]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'SUPPORT' THEN [1] ELSE [] END |
  MERGE (s)-[d:SUPPORT]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'CONCEDE' THEN [1] ELSE [] END |
  MERGE (s)-[d:CONCEDE]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'COOPERATE' THEN [1] ELSE [] END |
  MERGE (s)-[d:COOPERATE]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'AID' THEN [1] ELSE [] END |
  MERGE (s)-[d:AID]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'RETREAT' THEN [1] ELSE [] END |
  MERGE (s)-[d:RETREAT]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'REQUEST' THEN [1] ELSE [] END |
  MERGE (s)-[d:REQUEST]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'ACCUSE' THEN [1] ELSE [] END |
  MERGE (s)-[d:ACCUSE]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'REJECT' THEN [1] ELSE [] END |
  MERGE (s)-[d:REJECT]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'THREATEN' THEN [1] ELSE [] END |
  MERGE (s)-[d:THREATEN]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'PROTEST' THEN [1] ELSE [] END |
  MERGE (s)-[d:PROTEST]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'SANCTION' THEN [1] ELSE [] END |
  MERGE (s)-[d:SANCTION]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'MOBILIZE' THEN [1] ELSE [] END |
  MERGE (s)-[d:MOBILIZE]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'COERCE' THEN [1] ELSE [] END |
  MERGE (s)-[d:COERCE]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
FOREACH (_ IN CASE WHEN row.asserted AND row.plover = 'ASSAULT' THEN [1] ELSE [] END |
  MERGE (s)-[d:ASSAULT]->(o)
  SET d.factIds = CASE WHEN row.id IN coalesce(d.factIds, []) THEN d.factIds ELSE coalesce(d.factIds, []) + row.id END
  SET d.count = size(d.factIds), d.first = CASE WHEN d.first IS NULL OR date(row.date) < d.first THEN date(row.date) ELSE d.first END,
      d.last = CASE WHEN d.last IS NULL OR date(row.date) > d.last THEN date(row.date) ELSE d.last END)
