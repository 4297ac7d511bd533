// Actors for RDF export, in id order (from the id index, without a sort), each with the id of its country's actor
// when that actor exists (so the export never points at a country it does not describe). The country actors are
// collected first (a few hundred at most): one list lookup per actor instead of an index seek halves the query.
// Unfiltered ($filtered false): all actors. Filtered: the actors of the facts export-facts returns (subject,
// object, speaker) and their countries. Parameters: as export-facts, plus filtered.
CALL { MATCH (c:Country) RETURN collect(c.id) AS countries }
MATCH (a:Actor) WHERE a.id IS NOT NULL
  AND (NOT $filtered OR EXISTS {
    MATCH (f:Fact)-[:SUBJECT|OBJECT|SAID_BY]->(x:Actor)
    WHERE x.id = a.id OR (a:Country AND x.iso3 = a.iso3)
    // A second MATCH: within one, the SUBJECT/OBJECT relationships above could not be matched again.
    MATCH (s:Actor)<-[:SUBJECT]-(f)-[:OBJECT]->(o:Actor)
    WHERE ($since IS NULL OR f.date >= date($since))
      AND ($until IS NULL OR f.date <= date($until))
      AND ($plover IS NULL OR f.plover IN $plover)
      AND ($actors IS NULL OR s.id IN $actors OR o.id IN $actors)
  })
RETURN a.id AS id, a.name AS name, a.type AS type, a.iso3 AS country,
       CASE WHEN 'country:' + a.iso3 IN countries THEN 'country:' + a.iso3 END AS countryActor, a.sector AS sector,
       a.wikidata AS wikidata, a.role AS role, coalesce(a.aliases, []) AS aliases
ORDER BY id
