// Counts of what the graph holds.
RETURN COUNT { (:Article) } AS articles, COUNT { (:Actor) } AS entities, COUNT { (:Fact) } AS facts,
       COUNT { (:Fact)-[:REPORTED_IN]->(:Article) } AS reports
