// Versions of the schema files already applied.
MATCH (m:SchemaMigration) RETURN m.version AS version
