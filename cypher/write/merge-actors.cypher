// Stores canonical actors, a label per type. Aliases are a union over all articles that named the actor.
// Parameters: rows [{id, name, type, country, sector, wikidata, role, aliases}]
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.firstSeen = datetime()
SET a.name = row.name, a.type = row.type, a.iso3 = row.country, a.sector = coalesce(row.sector, a.sector),
  a.wikidata = coalesce(row.wikidata, a.wikidata), a.role = coalesce(row.role, a.role),
  a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
SET a.aliasText = reduce(s = '', x IN a.aliases | s + x + ' | ')
FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET a:Country)
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET a:Person)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET a:Organization)
FOREACH (_ IN CASE WHEN row.type = 'CriminalOrganization' THEN [1] ELSE [] END | SET a:CriminalOrganization)
FOREACH (_ IN CASE WHEN row.type = 'GovernmentBody' THEN [1] ELSE [] END | SET a:GovernmentBody)
FOREACH (_ IN CASE WHEN row.type = 'MilitaryForce' THEN [1] ELSE [] END | SET a:MilitaryForce)
FOREACH (_ IN CASE WHEN row.type = 'InternationalOrganization' THEN [1] ELSE [] END | SET a:InternationalOrganization)
FOREACH (_ IN CASE WHEN row.type = 'Location' THEN [1] ELSE [] END | SET a:Location)
