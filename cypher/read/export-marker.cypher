// What changes whenever the graph does (it only grows: every ingest adds an article, re-ingest is a no-op), so the
// SPARQL store can tell whether its copy is current without exporting: counts plus the latest ingest time.
CALL { MATCH (a:Article) RETURN toString(max(a.ingestedAt)) AS lastIngest }
RETURN COUNT { (:Article) } AS articles, COUNT { (:Actor) } AS actors, COUNT { (:Fact) } AS facts,
       COUNT { (:Fact)-[:REPORTED_IN]->(:Article) } AS reports, lastIngest
