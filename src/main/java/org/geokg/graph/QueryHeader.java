package org.geokg.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the header comment of a library query: the leading {@code //} lines. Plain lines are the purpose;
 * {@code @param NAME TYPE required|optional|default=VALUE DESCRIPTION} declares a parameter (optional means
 * null when not given); {@code @example COMMAND} is a command line that runs the query. The header is the
 * contract the command line checks values against, so a malformed one fails loading, naming the file.
 */
final class QueryHeader {
    private static final Pattern PARAM = Pattern.compile(
            "@param\\s+([a-z][a-z0-9_]*)\\s+(\\S+)\\s+(required|optional|default=(\\S+))\\s+(\\S.*)");

    private QueryHeader() {
    }

    static QueryLibrary.Query parse(String name, String text) {
        List<String> purpose = new ArrayList<>();
        List<QueryLibrary.Param> params = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (!line.startsWith("//")) {
                break;
            }
            String body = line.substring(2).strip();
            String tag = body.split("\\s+", 2)[0];
            if (tag.equals("@param")) {
                params.add(param(name, body));
            } else if (tag.equals("@example")) {
                examples.add(body.substring(tag.length()).strip());
            } else if (tag.startsWith("@")) {
                throw bad(name, "unknown tag in '" + body + "'");
            } else if (!body.isEmpty()) {
                purpose.add(body);
            }
        }
        if (purpose.isEmpty() || examples.isEmpty()) {
            throw bad(name, "the header needs a purpose and at least one @example");
        }
        return new QueryLibrary.Query(name, String.join(" ", purpose), params, examples);
    }

    private static QueryLibrary.Param param(String query, String body) {
        Matcher m = PARAM.matcher(body);
        if (!m.matches()) {
            throw bad(query, "cannot read '" + body + "' (@param NAME TYPE required|optional|default=VALUE TEXT)");
        }
        String type = m.group(2);
        if (!ParamTypes.known(type)) {
            throw bad(query, "unknown parameter type '" + type + "' (" + ParamTypes.TYPES + ")");
        }
        String defaultValue = m.group(4);
        if (defaultValue != null) {
            try {
                ParamTypes.convert(type, defaultValue);
            } catch (IllegalArgumentException e) {
                throw bad(query, "bad default for " + m.group(1) + ": " + e.getMessage());
            }
        }
        return new QueryLibrary.Param(m.group(1), type, m.group(3).equals("required"), defaultValue, m.group(5));
    }

    private static IllegalStateException bad(String query, String problem) {
        return new IllegalStateException("cypher/" + QueryLibrary.FOLDER + "/" + query + ".cypher: " + problem);
    }
}
