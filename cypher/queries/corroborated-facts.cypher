// Facts reported by several articles (one event, many reports), most reported first.
//
// @param min_reports  int  default=2    at least this many articles
// @param limit        int  default=100  at most this many rows
// @example geokg query corroborated-facts
// @example geokg query corroborated-facts --param min_reports=3
MATCH (f:Fact)-[:REPORTED_IN]->(art:Article)
WITH f, art
ORDER BY art.published, art.title
WITH f, count(art) AS reports, collect(art.title) AS articles
WHERE reports >= $min_reports
MATCH (subject:Actor)<-[:SUBJECT]-(f)-[:OBJECT]->(object:Actor)
RETURN f.date AS date, subject.name AS subject, f.plover AS type, object.name AS object, reports, articles,
       f.negated AS negated, f.modality AS modality
ORDER BY reports DESC, date, subject, type
LIMIT $limit
