// The direct actor-to-actor relationships (one per PLOVER type, kept in step with the asserted facts) with the ids
// of the facts behind each, for an RDF export of the whole graph in a triple format: it needs neither the facts'
// filters nor their articles, so it reads no Fact node (export-relations does, per fact). Starting from the actor
// id index orders the rows without a sort.
MATCH (s:Actor) WHERE s.id IS NOT NULL
MATCH (s)-[d:AGREE|CONSULT|SUPPORT|CONCEDE|COOPERATE|AID|RETREAT|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT]->(o:Actor)
RETURN s.id AS subject, type(d) AS plover, o.id AS object, d.factIds AS facts
ORDER BY subject
