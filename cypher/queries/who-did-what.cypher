// Who did what to whom: the actor pairs with facts of the given PLOVER types in a period, most facts first, with
// the first and last date. Only asserted facts (neither negated nor hypothetical).
//
// @param types  list<plover>  required     PLOVER types, comma-separated (e.g. SANCTION,THREATEN)
// @param from   date          optional     first date (YYYY-MM-DD), inclusive
// @param to     date          optional     last date, inclusive
// @param limit  int           default=100  at most this many rows
// @example geokg query who-did-what --param types=REJECT
// @example geokg query who-did-what --param types=SANCTION,COERCE --param from=2025-01-01 --param to=2025-12-31
MATCH (subject:Actor)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(object:Actor)
WHERE f.plover IN $types AND NOT f.negated AND f.modality <> 'hypothetical'
  AND ($from IS NULL OR f.date >= $from) AND ($to IS NULL OR f.date <= $to)
RETURN subject.name AS subject, f.plover AS type, object.name AS object, count(f) AS facts, min(f.date) AS first,
       max(f.date) AS last, subject.id AS subject_id, object.id AS object_id
ORDER BY facts DESC, first, subject, type, object
LIMIT $limit
