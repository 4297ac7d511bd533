package org.geokg.graph;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The analysts' named queries, {@code cypher/queries/*.cypher}. Each file's header comment declares its purpose,
 * its typed parameters and examples (see {@link QueryHeader}), so the command line can list them and check and
 * convert the values given as text before anything reaches the database.
 */
public final class QueryLibrary {
    static final String FOLDER = "queries";

    /** A declared parameter: type as written in the header, required or with a default (null: optional). */
    public record Param(String name, String type, boolean required, String defaultValue, String description) {
    }

    /** A named query and its header documentation. */
    public record Query(String name, String purpose, List<Param> params, List<String> examples) {
        public Query {
            params = List.copyOf(params);
            examples = List.copyOf(examples);
        }
    }

    /** A query with its parameters checked and converted to the types the driver sends. */
    public record Bound(Query query, Map<String, Object> params) {
        public Bound {
            params = Collections.unmodifiableMap(new HashMap<>(params));
        }
    }

    /** Column names in the query's order and the rows, values as plain Java (dates and times as ISO text). */
    public record Result(List<String> columns, List<Map<String, Object>> rows) {
        public Result {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    private final Map<String, Query> queries;

    private QueryLibrary(Map<String, Query> queries) {
        this.queries = queries;
    }

    /** Reads the headers of all library files; a malformed header fails here, naming the file. */
    public static QueryLibrary load() {
        CypherLibrary cypher = CypherLibrary.load();
        Map<String, Query> queries = new TreeMap<>();
        for (String path : cypher.names(FOLDER)) {
            String name = path.substring(FOLDER.length() + 1);
            queries.put(name, QueryHeader.parse(name, cypher.get(path)));
        }
        return new QueryLibrary(Collections.unmodifiableMap(queries));
    }

    /** All queries, by name. */
    public List<Query> list() {
        return List.copyOf(queries.values());
    }

    public Query get(String name) {
        Query q = queries.get(name);
        if (q == null) {
            throw new IllegalArgumentException("unknown query '" + name + "' (geokg query --list shows them)");
        }
        return q;
    }

    /**
     * Checks the text values against the declared parameters and converts them: an unknown name, a missing
     * required parameter or a value of the wrong type fails with one line naming the query and parameter.
     */
    public Bound bind(String name, Map<String, String> args) {
        Query q = get(name);
        List<String> declared = q.params().stream().map(Param::name).toList();
        for (String key : args.keySet()) {
            if (!declared.contains(key)) {
                throw new IllegalArgumentException("query " + name + " has no parameter '" + key + "' (it takes: "
                        + String.join(", ", declared) + ")");
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (Param p : q.params()) {
            values.put(p.name(), value(q, p, args.get(p.name())));
        }
        return new Bound(q, values);
    }

    private static Object value(Query q, Param p, String given) {
        if (given == null && p.required()) {
            throw new IllegalArgumentException("query " + q.name() + " needs --param " + p.name() + "=<" + p.type()
                    + ">: " + p.description());
        }
        String text = given != null ? given : p.defaultValue();
        if (text == null) {
            return null;
        }
        try {
            return ParamTypes.convert(p.type(), text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("query " + q.name() + ": bad value for " + p.name() + " ("
                    + p.type() + "): " + e.getMessage());
        }
    }
}
