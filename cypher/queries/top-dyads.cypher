// The most active country dyads (unordered; an actor counts for its country, one without a country for itself):
// asserted facts in all, cooperative and conflictual, and the most frequent PLOVER type.
//
// @param from   date  optional    first date (YYYY-MM-DD), inclusive
// @param to     date  optional    last date, inclusive
// @param limit  int   default=20  at most this many rows
// @example geokg query top-dyads
MATCH (subject:Actor)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(object:Actor)
WHERE NOT f.negated AND f.modality <> 'hypothetical'
  AND ($from IS NULL OR f.date >= $from) AND ($to IS NULL OR f.date <= $to)
WITH coalesce(subject.iso3, subject.id) AS sk, coalesce(object.iso3, object.id) AS ok, f.plover AS type
WITH CASE WHEN sk <= ok THEN sk + '-' + ok ELSE ok + '-' + sk END AS dyad, type, count(*) AS n
ORDER BY dyad, n DESC, type
WITH dyad, sum(n) AS facts, collect(type)[0] AS top_type,
     sum(CASE WHEN type IN ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT'] THEN n ELSE 0 END)
       AS cooperation
RETURN dyad, facts, cooperation, facts - cooperation AS conflict, top_type
ORDER BY facts DESC, dyad
LIMIT $limit
