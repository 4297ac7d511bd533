// One actor for GET /api/actors/{id}: its properties, what it belongs to (a person's country and title, a body's
// or force's country, an organisation's base) and how many facts name it as subject and as object, asserted or
// not. Parameters: id
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[m:HOLDS_ROLE|PART_OF|BASED_IN]->(c:Actor)
WITH a, collect(CASE WHEN c IS NULL THEN null
                     ELSE {relation: type(m), title: m.title, actor: c {.id, .name, .type, country: c.iso3}} END)
        AS memberOf
RETURN a.id AS id, a.name AS name, a.type AS type, a.iso3 AS country, a.sector AS sector, a.wikidata AS wikidata,
       a.role AS role, coalesce(a.aliases, []) AS aliases, memberOf,
       COUNT { (a)<-[:SUBJECT]-(:Fact) } AS asSubject, COUNT { (a)<-[:OBJECT]-(:Fact) } AS asObject,
       COUNT { (a)<-[:HOLDS_ROLE|PART_OF|BASED_IN]-(:Actor) } AS members
