// Stores canonical actors, a label per type. Aliases are a union over all articles that named the actor.
// Parameters: rows [{id, aliases, props: {name, type, iso3, sector, wikidata, role}}] (props holds known values
// only, so what one article does not know is kept from another).
// replan=skip: only unique-id seeks and expands between held nodes, a plan right for any size (WriteQueryPlansIT).
CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.firstSeen = datetime()
SET a += row.props,
  a.aliases = reduce(acc = coalesce(a.aliases, []), x IN row.aliases | CASE WHEN x IN acc THEN acc ELSE acc + x END)
// The type is also a label (a dynamic label: for Browser styling and label scans).
SET a.aliasText = reduce(s = '', x IN a.aliases | s + x + ' | '), a:$(row.props.type)
