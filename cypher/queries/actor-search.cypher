// Finds actors whose id, name or an alias contains the text (any case): the ids and names the other queries
// accept, with how many facts each is in.
//
// @param text   string  required    part of a name, alias or id
// @param limit  int     default=25  at most this many rows
// @example geokg query actor-search --param text=state
MATCH (a:Actor)
WHERE toLower(a.name) CONTAINS toLower($text) OR toLower(a.id) CONTAINS toLower($text)
   OR any(alias IN coalesce(a.aliases, []) WHERE toLower(alias) CONTAINS toLower($text))
RETURN a.id AS id, a.name AS name, a.type AS kind, a.iso3 AS country, coalesce(a.aliases, []) AS aliases,
       COUNT { (a)<-[:SUBJECT|OBJECT]-(:Fact) } AS facts
ORDER BY facts DESC, name
LIMIT $limit
