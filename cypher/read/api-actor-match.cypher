// The actors a filter value names: the actor with that id, or those with that name or alias (any case), or the
// country with that ISO3 code. Parameters: actor
MATCH (a:Actor)
WHERE a.id = $actor OR toLower(a.name) = toLower($actor) OR (a:Country AND a.iso3 = toUpper($actor))
   OR any(n IN coalesce(a.aliases, []) WHERE toLower(n) = toLower($actor))
RETURN a.id AS id
ORDER BY id
