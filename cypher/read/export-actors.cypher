// All actors, for RDF export, in id order.
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, a.type AS type, a.iso3 AS country, a.sector AS sector,
       a.wikidata AS wikidata, a.role AS role, coalesce(a.aliases, []) AS aliases
ORDER BY id
