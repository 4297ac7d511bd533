// The facts one article reports, in text order, with the evidence as that article gives it. Each actor comes as a
// map (id, name, type, country) so the answer reads without a second call. Columns as api-facts.
// Parameters: id
MATCH (f:Fact)-[r:REPORTED_IN]->(:Article {id: $id})
MATCH (f)-[:SUBJECT]->(s:Actor), (f)-[:OBJECT]->(o:Actor)
OPTIONAL MATCH (f)-[:SAID_BY]->(sp:Actor)
RETURN f.id AS id, f.plover AS plover, f.predicate AS predicate, toString(f.date) AS date, f.negated AS negated,
       f.modality AS modality, f.confidence AS confidence, r.evidence AS evidence, r.quote AS quote,
       s {.id, .name, .type, country: s.iso3} AS subject, o {.id, .name, .type, country: o.iso3} AS object,
       CASE WHEN sp IS NULL THEN null ELSE sp {.id, .name, .type, country: sp.iso3} END AS speaker,
       [(f)-[:REPORTED_IN]->(a:Article) | a.id] AS articles
ORDER BY r.sentence, r.charBegin, f.id
