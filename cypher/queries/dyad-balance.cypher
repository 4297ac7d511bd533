// Conflict and cooperation per country dyad and month, by PLOVER quad class. An actor counts for its country
// (iso3; an actor without one, such as an international organisation, counts for itself); a dyad is unordered
// ("MEX-USA" holds both directions). balance = cooperation - conflict. Only asserted, dated facts.
// Quad classes (as in org.geokg.model.Plover): verbal cooperation AGREE CONSULT SUPPORT CONCEDE; material
// cooperation COOPERATE AID RETREAT; verbal conflict REQUEST ACCUSE REJECT THREATEN; material conflict PROTEST
// SANCTION MOBILIZE COERCE ASSAULT.
//
// @param a      string  optional     one side (id, name, alias or ISO3); default: every dyad
// @param b      string  optional     the other side; default: any
// @param from   date    optional     first date (YYYY-MM-DD), inclusive
// @param to     date    optional     last date, inclusive
// @param limit  int     default=500  at most this many rows
// @example geokg query dyad-balance --param a=MEX --param b=USA
// @example geokg query dyad-balance --param from=2025-01-01
OPTIONAL MATCH (x:Actor)
WHERE toLower(x.id) = toLower($a) OR toLower(x.name) = toLower($a) OR (x:Country AND x.iso3 = toUpper($a))
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($a))
WITH collect(DISTINCT coalesce(x.iso3, x.id)) AS keysA
OPTIONAL MATCH (y:Actor)
WHERE toLower(y.id) = toLower($b) OR toLower(y.name) = toLower($b) OR (y:Country AND y.iso3 = toUpper($b))
   OR any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = toLower($b))
WITH keysA, collect(DISTINCT coalesce(y.iso3, y.id)) AS keysB
MATCH (subject:Actor)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(object:Actor)
WHERE NOT f.negated AND f.modality <> 'hypothetical' AND f.date IS NOT NULL
  AND ($from IS NULL OR f.date >= $from) AND ($to IS NULL OR f.date <= $to)
WITH keysA, keysB, f, coalesce(subject.iso3, subject.id) AS sk, coalesce(object.iso3, object.id) AS ok
WHERE ($a IS NULL OR sk IN keysA OR ok IN keysA) AND ($b IS NULL OR sk IN keysB OR ok IN keysB)
WITH CASE WHEN sk <= ok THEN sk + '-' + ok ELSE ok + '-' + sk END AS dyad,
     substring(toString(f.date), 0, 7) AS month, f.plover AS type
WITH dyad, month,
     count(CASE WHEN type IN ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE'] THEN 1 END) AS vc,
     count(CASE WHEN type IN ['COOPERATE', 'AID', 'RETREAT'] THEN 1 END) AS mc,
     count(CASE WHEN type IN ['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN'] THEN 1 END) AS vk,
     count(CASE WHEN type IN ['PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] THEN 1 END) AS mk
RETURN dyad, month, vc AS verbal_cooperation, mc AS material_cooperation, vk AS verbal_conflict,
       mk AS material_conflict, (vc + mc) - (vk + mk) AS balance
ORDER BY dyad, month
LIMIT $limit
