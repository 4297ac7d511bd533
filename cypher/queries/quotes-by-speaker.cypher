// What a speaker said: one row per quote (or, for reported speech, per sentence) and article, with the facts
// coded from it, oldest first. "direct" is true for words inside quotation marks.
//
// @param speaker  string  required     actor id, name or alias (any case)
// @param from     date    optional     first date (YYYY-MM-DD), inclusive
// @param to       date    optional     last date, inclusive
// @param limit    int     default=100  at most this many rows
// @example geokg query quotes-by-speaker --param speaker=Sheinbaum
MATCH (sp:Actor)
WHERE toLower(sp.id) = toLower($speaker) OR toLower(sp.name) = toLower($speaker)
   OR any(alias IN coalesce(sp.aliases, []) WHERE toLower(alias) = toLower($speaker))
MATCH (sp)<-[:SAID_BY]-(f:Fact)-[r:REPORTED_IN]->(art:Article),
      (subject:Actor)<-[:SUBJECT]-(f)-[:OBJECT]->(object:Actor)
WHERE ($from IS NULL OR f.date >= $from) AND ($to IS NULL OR f.date <= $to)
WITH sp, art, r, f, subject, object
ORDER BY f.plover, object.name
WITH sp, art, coalesce(r.quote, r.evidence) AS quote, r.quote IS NOT NULL AS direct, min(f.date) AS date,
     collect(DISTINCT subject.name + ' ' + f.plover + ' ' + object.name) AS facts
RETURN date, sp.name AS speaker, quote, direct, facts, art.title AS article
ORDER BY date, article, quote
LIMIT $limit
