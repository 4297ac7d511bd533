// Resolves the export's --actor value: the actor with that id, else those whose name or an alias is that value
// (case-insensitive). Parameter: actor.
MATCH (a:Actor)
WHERE a.id = $actor
   OR (NOT EXISTS { MATCH (x:Actor {id: $actor}) }
       AND (toLower(a.name) = toLower($actor) OR any(n IN coalesce(a.aliases, []) WHERE toLower(n) = toLower($actor))))
RETURN a.id AS id
ORDER BY id
