// Links actors to their country: persons HOLD_ROLE in it, government bodies and forces are PART_OF it,
// organisations are BASED_IN it. Parameters: rows [{id, type, country, role}] (countries themselves excluded).
// replan=skip: only unique-id seeks and expands between held nodes, a plan right for any size (WriteQueryPlansIT).
CYPHER replan=skip
UNWIND $rows AS row
// The hint keeps the country lookup an index seek even when the plan is made on an empty graph.
WITH row, 'country:' + row.country AS countryId
MATCH (a:Actor {id: row.id}), (c:Actor {id: countryId})
USING INDEX SEEK c:Actor(id)
WHERE c:Country
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END |
  MERGE (a)-[h:HOLDS_ROLE]->(c) SET h.title = coalesce(row.role, h.title))
FOREACH (_ IN CASE WHEN row.type IN ['GovernmentBody', 'MilitaryForce'] THEN [1] ELSE [] END |
  MERGE (a)-[:PART_OF]->(c))
FOREACH (_ IN CASE WHEN row.type IN ['CriminalOrganization', 'Organization', 'Location'] THEN [1] ELSE [] END |
  MERGE (a)-[:BASED_IN]->(c))
