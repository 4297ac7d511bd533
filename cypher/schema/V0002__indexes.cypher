// Indexes for the common filters (type, date, country) and a full-text index for actor search by name or alias.
CREATE INDEX fact_plover IF NOT EXISTS FOR (f:Fact) ON (f.plover);
CREATE INDEX fact_date IF NOT EXISTS FOR (f:Fact) ON (f.date);
CREATE INDEX actor_iso3 IF NOT EXISTS FOR (a:Actor) ON (a.iso3);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliasText];
