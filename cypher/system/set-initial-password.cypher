// Sets the password of the embedded database's one user, generated on first start. Run on the system database
// through the embedded API (which needs no login). Parameters: password.
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
