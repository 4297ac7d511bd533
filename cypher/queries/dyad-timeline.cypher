// Timeline of a dyad: every fact between two actors, in both directions, oldest first. A country also stands for
// the people, bodies and forces that belong to it (their iso3), so MEX/USA includes Sheinbaum and the State
// Department; expand=false keeps to the two actor nodes.
//
// @param a       string   required       one side: actor id, name or alias (any case), or ISO3 code
// @param b       string   required       the other side, the same way
// @param expand  boolean  default=true   a country includes the actors that belong to it
// @param from    date     optional       first date (YYYY-MM-DD), inclusive
// @param to      date     optional       last date, inclusive
// @param all     boolean  default=false  also negated and hypothetical facts
// @param limit   int      default=200    at most this many rows
// @example geokg query dyad-timeline --param a=MEX --param b=USA
// @example geokg query dyad-timeline --param a=Russia --param b=ukraine --param from=2025-01-01
MATCH (x:Actor)
WHERE toLower(x.id) = toLower($a) OR toLower(x.name) = toLower($a) OR (x:Country AND x.iso3 = toUpper($a))
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($a))
OPTIONAL MATCH (member:Actor) WHERE $expand AND x:Country AND member.iso3 = x.iso3
WITH collect(DISTINCT x) + collect(DISTINCT member) AS sideA
OPTIONAL MATCH (y:Actor)
WHERE toLower(y.id) = toLower($b) OR toLower(y.name) = toLower($b) OR (y:Country AND y.iso3 = toUpper($b))
   OR any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = toLower($b))
OPTIONAL MATCH (member:Actor) WHERE $expand AND y:Country AND member.iso3 = y.iso3
WITH sideA, collect(DISTINCT y) + collect(DISTINCT member) AS sideB
UNWIND sideA AS s
MATCH (s)<-[:SUBJECT|OBJECT]-(f:Fact)
WITH DISTINCT f, sideA, sideB
MATCH (subject:Actor)<-[:SUBJECT]-(f)-[:OBJECT]->(object:Actor)
WHERE ((subject IN sideA AND object IN sideB) OR (subject IN sideB AND object IN sideA))
  AND ($from IS NULL OR f.date >= $from) AND ($to IS NULL OR f.date <= $to)
  AND ($all OR (NOT f.negated AND f.modality <> 'hypothetical'))
RETURN f.date AS date, subject.name AS subject, f.plover AS type, object.name AS object, f.modality AS modality,
       f.negated AS negated, COUNT { (f)-[:REPORTED_IN]->(:Article) } AS reports, f.evidence AS evidence
ORDER BY date, subject, type, object
LIMIT $limit
