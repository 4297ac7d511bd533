// The evidence behind a relationship: for each fact from actor a to actor b (of the given types), every article
// that reports it, with the sentence, its index in the article, the quote and the speaker.
//
// @param a      string        required       the acting actor: id, name or alias (any case), or ISO3 code
// @param b      string        required       the target actor, the same way
// @param types  list<plover>  optional       only these PLOVER types (default: all)
// @param all    boolean       default=false  also negated and hypothetical facts
// @param limit  int           default=200    at most this many rows
// @example geokg query relationship-evidence --param a=Russia --param b=Ukraine --param types=ASSAULT
// @example geokg query relationship-evidence --param a=Sheinbaum --param b=USA
MATCH (x:Actor)
WHERE toLower(x.id) = toLower($a) OR toLower(x.name) = toLower($a) OR (x:Country AND x.iso3 = toUpper($a))
   OR any(alias IN coalesce(x.aliases, []) WHERE toLower(alias) = toLower($a))
MATCH (y:Actor)
WHERE toLower(y.id) = toLower($b) OR toLower(y.name) = toLower($b) OR (y:Country AND y.iso3 = toUpper($b))
   OR any(alias IN coalesce(y.aliases, []) WHERE toLower(alias) = toLower($b))
MATCH (x)<-[:SUBJECT]-(f:Fact)-[:OBJECT]->(y), (f)-[r:REPORTED_IN]->(art:Article)
WHERE ($types IS NULL OR f.plover IN $types) AND ($all OR (NOT f.negated AND f.modality <> 'hypothetical'))
OPTIONAL MATCH (f)-[:SAID_BY]->(sp:Actor)
RETURN f.date AS date, x.name AS subject, f.plover AS type, y.name AS object, art.id AS article,
       art.title AS title, art.published AS published, art.source AS source, r.sentence AS sentence,
       r.evidence AS evidence, r.quote AS quote, sp.name AS speaker
ORDER BY date, type, published, article
LIMIT $limit
