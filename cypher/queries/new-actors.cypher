// Actors new since a date: those whose first fact (as subject, object or speaker) is dated on or after it, with
// how many facts they are in and when geokg first stored them.
//
// @param since  date  required     YYYY-MM-DD
// @param limit  int   default=100  at most this many rows
// @example geokg query new-actors --param since=2025-03-01
MATCH (a:Actor)
CALL (a) {
  MATCH (a)<-[:SUBJECT|OBJECT|SAID_BY]-(f:Fact)
  RETURN min(f.date) AS first, count(DISTINCT f) AS facts
}
WITH a, first, facts
WHERE first >= $since
RETURN a.name AS name, a.id AS id, a.type AS kind, a.iso3 AS country, first AS first_fact, facts,
       a.firstSeen AS first_stored
ORDER BY first_fact, name
LIMIT $limit
