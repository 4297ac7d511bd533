// The facts read from one article, in text order, asserted or not, with speaker, quote and evidence.
//
// @param article  string  required     article id, exact title (any case) or URL
// @param limit    int     default=500  at most this many rows
// @example geokg query article-facts --param "article=Russia pounds Kyiv with drones and missiles as Zelensky appeals for more air defence"
// @example geokg query article-facts --param article=https://example.org/geokg/samples/china-drills-around-taiwan
MATCH (art:Article)
WHERE art.id = $article OR toLower(art.title) = toLower($article) OR art.url = $article
MATCH (subject:Actor)<-[:SUBJECT]-(f:Fact)-[r:REPORTED_IN]->(art), (f)-[:OBJECT]->(object:Actor)
OPTIONAL MATCH (f)-[:SAID_BY]->(sp:Actor)
RETURN r.sentence AS sentence, subject.name AS subject, f.plover AS type, object.name AS object, f.date AS date,
       f.modality AS modality, f.negated AS negated, f.confidence AS confidence, sp.name AS speaker,
       r.quote AS quote, r.evidence AS evidence
ORDER BY sentence, r.charBegin, subject, type, object
LIMIT $limit
