package org.geokg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.geokg.graph.QueryLibrary;

/** Prints query results as an aligned table, JSON (an array of objects) or CSV (RFC 4180), and the catalog. */
final class QueryOutput {
    /** Long evidence sentences would make every table row wrap; JSON and CSV keep the full text. */
    private static final int MAX_CELL = 80;

    private QueryOutput() {
    }

    static void checkFormat(String format) {
        if (!List.of("table", "json", "csv").contains(format)) {
            throw new IllegalArgumentException("unknown format '" + format + "' (use table, json or csv)");
        }
    }

    static void print(QueryLibrary.Result result, String format, PrintWriter out) throws Exception {
        switch (format) {
            case "json" -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(result.rows()));
            case "csv" -> csv(result, out);
            default -> table(result, out);
        }
        out.flush();
    }

    static void printCatalog(List<QueryLibrary.Query> queries, PrintWriter out) {
        for (QueryLibrary.Query q : queries) {
            out.println(q.name());
            out.println("  " + q.purpose());
            for (QueryLibrary.Param p : q.params()) {
                String when = p.required() ? "required" : p.defaultValue() == null ? "optional"
                        : "default " + p.defaultValue();
                out.printf("    %-12s %-13s %-30s  %s%n", p.name(), p.type(), when, p.description());
            }
            q.examples().forEach(e -> out.println("  e.g. " + e));
            out.println();
        }
        out.flush();
    }

    private static void table(QueryLibrary.Result result, PrintWriter out) {
        List<String> columns = result.columns();
        List<List<String>> cells = new ArrayList<>();
        for (Map<String, Object> row : result.rows()) {
            cells.add(columns.stream().map(c -> clip(text(row.get(c)))).toList());
        }
        int[] width = new int[columns.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = columns.get(i).length();
            for (List<String> r : cells) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        out.println(line(columns, width));
        for (List<String> r : cells) {
            out.println(line(r, width));
        }
        out.println(result.rows().size() + " row(s)");
    }

    private static String line(List<String> values, int[] width) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : "  ").append(String.format("%-" + width[i] + "s", values.get(i)));
        }
        return s.toString().stripTrailing();
    }

    private static void csv(QueryLibrary.Result result, PrintWriter out) {
        out.println(result.columns().stream().map(QueryOutput::csvCell).collect(Collectors.joining(",")));
        for (Map<String, Object> row : result.rows()) {
            out.println(result.columns().stream().map(c -> csvCell(text(row.get(c))))
                    .collect(Collectors.joining(",")));
        }
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** A cell as text: nothing for null, list items joined by "; ". */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(QueryOutput::text).collect(Collectors.joining("; "));
        }
        return value.toString().replace('\n', ' ');
    }

    private static String clip(String s) {
        return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL - 1) + "…";
    }
}
