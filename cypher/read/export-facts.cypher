// All facts with their actors, speaker and reporting articles, for RDF export, in id order.
MATCH (f:Fact)-[:SUBJECT]->(s:Actor), (f)-[:OBJECT]->(o:Actor)
OPTIONAL MATCH (f)-[:SAID_BY]->(sp:Actor)
RETURN f.id AS id, s.id AS subject, o.id AS object, sp.id AS speaker, f.plover AS plover, f.predicate AS predicate,
       toString(f.date) AS date, f.evidence AS evidence, f.quote AS quote, f.negated AS negated,
       f.modality AS modality, f.confidence AS confidence,
       [(f)-[:REPORTED_IN]->(a:Article) | a.id] AS articles
ORDER BY id
