// How many facts GET /api/facts selects in all pages. Parameters and filters as api-facts (skip, limit unused).
MATCH (s:Actor)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(o:Actor)
WHERE ($subjects IS NULL OR s.id IN $subjects)
  AND ($objects IS NULL OR o.id IN $objects)
  AND ($plover IS NULL OR f.plover IN $plover)
  AND ($since IS NULL OR f.date >= $since)
  AND ($until IS NULL OR f.date <= $until)
RETURN count(f) AS total
