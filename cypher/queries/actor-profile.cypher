// Everything an actor did (direction "did") and had done to it ("received"), oldest first, with the other actor
// and the evidence sentence.
//
// @param actor  string   required       actor id, name or alias (any case), or ISO3 code of a country
// @param from   date     optional       first date (YYYY-MM-DD), inclusive
// @param to     date     optional       last date, inclusive
// @param all    boolean  default=false  also negated and hypothetical facts
// @param limit  int      default=200    at most this many rows
// @example geokg query actor-profile --param actor=Sheinbaum
// @example geokg query actor-profile --param actor=MEX --param all=true
MATCH (x:Actor)
WHERE toLower(x.id) = toLower($actor) OR toLower(x.name) = toLower($actor)
   OR (x:Country AND x.iso3 = toUpper($actor))
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($actor))
CALL (x) {
  MATCH (x)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(other:Actor)
  RETURN 'did' AS direction, f, other
  UNION
  MATCH (x)<-[:OBJECT]-(f:Fact)-[:SUBJECT]->(other:Actor)
  RETURN 'received' AS direction, f, other
}
WITH x, direction, f, other
WHERE ($from IS NULL OR f.date >= $from) AND ($to IS NULL OR f.date <= $to)
  AND ($all OR (NOT f.negated AND f.modality <> 'hypothetical'))
RETURN x.name AS actor, direction, f.date AS date, f.plover AS type, other.name AS counterpart,
       f.modality AS modality, f.negated AS negated, f.evidence AS evidence
ORDER BY date, direction, type, counterpart
LIMIT $limit
