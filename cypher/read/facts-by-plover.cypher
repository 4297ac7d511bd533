// Number of facts per PLOVER type, most frequent first.
MATCH (f:Fact) RETURN f.plover AS plover, count(*) AS facts ORDER BY facts DESC, plover
