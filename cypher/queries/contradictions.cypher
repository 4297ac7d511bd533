// Turns in a relationship: an actor that did one of from_types (by default support or agreement) to another and
// later, or the same day, one of to_types (by default accusation, rejection or threat) to the same actor.
// Swap the lists to find reconciliations. Only asserted facts.
//
// @param actor       string        optional                       either side: id, name, alias or ISO3
// @param from_types  list<plover>  default=SUPPORT,AGREE          the earlier fact's types
// @param to_types    list<plover>  default=ACCUSE,REJECT,THREATEN  the later fact's types
// @param limit       int           default=100                    at most this many rows
// @example geokg query contradictions
// @example geokg query contradictions --param from_types=ACCUSE,THREATEN --param to_types=AGREE,CONSULT
MATCH (subject:Actor)<-[:SUBJECT]-(f1:Fact)-[:OBJECT]->(object:Actor)
WHERE f1.plover IN $from_types AND NOT f1.negated AND f1.modality <> 'hypothetical'
  AND ($actor IS NULL
    OR toLower(subject.id) = toLower($actor) OR toLower(subject.name) = toLower($actor)
    OR (subject:Country AND subject.iso3 = toUpper($actor))
    OR any(alias IN coalesce(subject.aliases, []) WHERE toLower(alias) = toLower($actor))
    OR toLower(object.id) = toLower($actor) OR toLower(object.name) = toLower($actor)
    OR (object:Country AND object.iso3 = toUpper($actor))
    OR any(alias IN coalesce(object.aliases, []) WHERE toLower(alias) = toLower($actor)))
MATCH (subject)<-[:SUBJECT]-(f2:Fact)-[:OBJECT]->(object)
WHERE f2.plover IN $to_types AND NOT f2.negated AND f2.modality <> 'hypothetical' AND f2.date >= f1.date
RETURN subject.name AS subject, object.name AS object, f1.plover AS earlier, f1.date AS earlier_date,
       f2.plover AS later, f2.date AS later_date, duration.inDays(f1.date, f2.date).days AS days,
       f1.evidence AS earlier_evidence, f2.evidence AS later_evidence
ORDER BY later_date, subject, object, earlier_date
LIMIT $limit
