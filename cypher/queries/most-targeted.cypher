// The actors most often targeted by the given PLOVER types (by default sanctions and threats): asserted facts,
// the number of distinct actors behind them, and the types seen.
//
// @param types  list<plover>  default=SANCTION,THREATEN  PLOVER types, comma-separated
// @param from   date          optional                  first date (YYYY-MM-DD), inclusive
// @param to     date          optional                  last date, inclusive
// @param limit  int           default=10                at most this many rows
// @example geokg query most-targeted
// @example geokg query most-targeted --param types=ASSAULT,COERCE --param limit=5
MATCH (subject:Actor)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(target:Actor)
WHERE f.plover IN $types AND NOT f.negated AND f.modality <> 'hypothetical'
  AND ($from IS NULL OR f.date >= $from) AND ($to IS NULL OR f.date <= $to)
WITH target, subject, f
ORDER BY f.plover
WITH target, count(f) AS facts, count(DISTINCT subject) AS by_actors, collect(DISTINCT f.plover) AS types
RETURN target.name AS target, target.id AS id, target.type AS kind, facts, by_actors, types
ORDER BY facts DESC, target
LIMIT $limit
