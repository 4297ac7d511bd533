// The actor full-text index made eventually consistent: Lucene then takes a write's changes on a background thread
// instead of inside the commit, which made every article's transaction ~10 % slower (bench, fresh store). Readers
// that must see their own writes call db.index.fulltext.awaitEventuallyConsistentIndexRefresh() first, as
// read/api-actor-search does. Existing stores get the index rebuilt; the last statement waits until it is online.
DROP INDEX actor_names IF EXISTS;
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CALL db.awaitIndexes(300);
