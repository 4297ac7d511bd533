// Facts with their actors, speaker and reporting articles, for RDF export, in id order. Starting from the id
// index gives that order without a sort, so rows stream however many facts there are. A fact's links (subject,
// object, speaker, articles) are read in one pass over its relationships and sorted out as a list: one expand per
// link type walked the same relationships four times and made this the export's slowest read.
// Parameters (null = no filter): since, until (YYYY-MM-DD; undated facts fall outside any range), plover (list of
// PLOVER types), actors (list of actor ids: the fact's subject or object).
MATCH (f:Fact) WHERE f.id IS NOT NULL
  AND ($since IS NULL OR f.date >= date($since))
  AND ($until IS NULL OR f.date <= date($until))
  AND ($plover IS NULL OR f.plover IN $plover)
WITH f, [(f)-[r:SUBJECT|OBJECT|SAID_BY|REPORTED_IN]->(x) | [type(r), x.id]] AS links
WITH f, links, [l IN links WHERE l[0] = 'SUBJECT' | l[1]][0] AS subject,
     [l IN links WHERE l[0] = 'OBJECT' | l[1]][0] AS object
WHERE subject IS NOT NULL AND object IS NOT NULL
  AND ($actors IS NULL OR subject IN $actors OR object IN $actors)
RETURN f.id AS id, subject, object, [l IN links WHERE l[0] = 'SAID_BY' | l[1]][0] AS speaker, f.plover AS plover,
       f.predicate AS predicate, toString(f.date) AS date, f.evidence AS evidence, f.quote AS quote,
       f.negated AS negated, f.modality AS modality, f.confidence AS confidence,
       [l IN links WHERE l[0] = 'REPORTED_IN' | l[1]] AS articles
ORDER BY id
