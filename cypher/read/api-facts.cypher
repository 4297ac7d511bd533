// One page of facts for GET /api/facts, newest first (undated last), each actor as a map (id, name, type,
// country). Filters are null when not given: subjects, objects (lists of actor ids), plover (list of types),
// since, until (dates, inclusive; undated facts fall outside any range). Parameters: those, skip, limit.
MATCH (s:Actor)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(o:Actor)
WHERE ($subjects IS NULL OR s.id IN $subjects)
  AND ($objects IS NULL OR o.id IN $objects)
  AND ($plover IS NULL OR f.plover IN $plover)
  AND ($since IS NULL OR f.date >= $since)
  AND ($until IS NULL OR f.date <= $until)
OPTIONAL MATCH (f)-[:SAID_BY]->(sp:Actor)
RETURN f.id AS id, f.plover AS plover, f.predicate AS predicate, toString(f.date) AS date, f.negated AS negated,
       f.modality AS modality, f.confidence AS confidence, f.evidence AS evidence, f.quote AS quote,
       s {.id, .name, .type, country: s.iso3} AS subject, o {.id, .name, .type, country: o.iso3} AS object,
       CASE WHEN sp IS NULL THEN null ELSE sp {.id, .name, .type, country: sp.iso3} END AS speaker,
       [(f)-[:REPORTED_IN]->(a:Article) | a.id] AS articles
ORDER BY f.date IS NULL, f.date DESC, f.id
SKIP $skip LIMIT $limit
