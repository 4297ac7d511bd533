// An actor's direct relationships with other actors, one per PLOVER type, direction and counterpart (asserted
// facts only), with the number of facts behind each and their first and last dates. Parameters: id, types
// (the PLOVER type names: only those relationship types are read)
MATCH (a:Actor {id: $id})-[r]-(other:Actor)
WHERE type(r) IN $types
RETURN type(r) AS type, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
       other {.id, .name, .type, country: other.iso3} AS actor, r.count AS count, toString(r.first) AS first,
       toString(r.last) AS last
ORDER BY type, direction DESC, count DESC, actor.id
