// The shortest chain linking two actors, over the actor-to-actor relationships: the PLOVER relationships of
// asserted facts (either direction) and HOLDS_ROLE, PART_OF, BASED_IN; at most 8 hops. One row per pair of
// matching actors, shortest first.
//
// @param a      string  required   one actor: id, name or alias (any case), or ISO3 code
// @param b      string  required   the other actor, the same way
// @param limit  int     default=1  at most this many paths
// @example geokg query shortest-path --param a=Sheinbaum --param b=Ukraine
MATCH (x:Actor)
WHERE toLower(x.id) = toLower($a) OR toLower(x.name) = toLower($a) OR (x:Country AND x.iso3 = toUpper($a))
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($a))
MATCH (y:Actor)
WHERE (toLower(y.id) = toLower($b) OR toLower(y.name) = toLower($b) OR (y:Country AND y.iso3 = toUpper($b))
   OR any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = toLower($b))) AND y <> x
MATCH p = shortestPath((x)-[:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN
  |PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT|HOLDS_ROLE|PART_OF|BASED_IN*..8]-(y))
WITH p, nodes(p) AS ns, relationships(p) AS rs
RETURN length(p) AS hops,
       reduce(s = ns[0].name, i IN range(0, size(rs) - 1) |
         s + CASE WHEN startNode(rs[i]) = ns[i] THEN ' -[' + type(rs[i]) + ']-> '
                  ELSE ' <-[' + type(rs[i]) + ']- ' END + ns[i + 1].name) AS path,
       [n IN ns | n.id] AS ids
ORDER BY hops, path
LIMIT $limit
