package org.geokg.sparql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How query results are written: the SPARQL results formats for SELECT and ASK, RDF syntaxes for the graphs of
 * CONSTRUCT and DESCRIBE. Chosen by name (command line, {@code format=}) or by HTTP content negotiation.
 */
public enum SparqlOutput {
    TABLE(false, "text/plain", "table"),
    JSON(false, "application/sparql-results+json", "json"),
    XML(false, "application/sparql-results+xml", "xml"),
    CSV(false, "text/csv", "csv"),
    TSV(false, "text/tab-separated-values", "tsv"),
    TURTLE(true, "text/turtle", "ttl"),
    NTRIPLES(true, "application/n-triples", "nt"),
    JSONLD(true, "application/ld+json", "jsonld"),
    RDFXML(true, "application/rdf+xml", "rdfxml");

    private final boolean graph;
    private final String mediaType;
    private final String shortName;

    SparqlOutput(boolean graph, String mediaType, String shortName) {
        this.graph = graph;
        this.mediaType = mediaType;
        this.shortName = shortName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether this writes an RDF graph (CONSTRUCT, DESCRIBE) rather than a results table (SELECT, ASK). */
    public boolean graph() {
        return graph;
    }

    /**
     * By name, for the kind of result: table, json, xml, csv, tsv for tables; ttl, nt, jsonld, rdfxml for graphs,
     * where table means ttl and json means jsonld, so one --format works for any query.
     */
    public static SparqlOutput byName(String name, boolean graphResult) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (graphResult && n.equals("table")) {
            return TURTLE;
        }
        if (graphResult && n.equals("json")) {
            return JSONLD;
        }
        for (SparqlOutput o : values()) {
            if (o.graph == graphResult && o.shortName.equals(n)) {
                return o;
            }
        }
        throw new IllegalArgumentException("format '" + name + "' does not fit a " + (graphResult
                ? "graph result (use ttl, nt, jsonld or rdfxml)" : "results table (use table, json, xml, csv or tsv)"));
    }

    /** The best output for an HTTP Accept header; JSON results or Turtle when it accepts anything. */
    public static Optional<SparqlOutput> negotiate(String accept, boolean graphResult) {
        SparqlOutput fallback = graphResult ? TURTLE : JSON;
        if (accept == null || accept.isBlank()) {
            return Optional.of(fallback);
        }
        for (String range : byQuality(accept)) {
            Optional<SparqlOutput> match = match(range, graphResult, fallback);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    private static Optional<SparqlOutput> match(String range, boolean graphResult, SparqlOutput fallback) {
        String fallbackFamily = fallback.mediaType.substring(0, fallback.mediaType.indexOf('/')) + "/*";
        if (range.equals("*/*") || range.equals(fallbackFamily)) {
            return Optional.of(fallback);
        }
        String alias = switch (range) {
            case "application/json" -> graphResult ? JSONLD.mediaType : JSON.mediaType;
            case "application/xml", "text/xml" -> graphResult ? RDFXML.mediaType : XML.mediaType;
            case "text/plain" -> graphResult ? NTRIPLES.mediaType : TABLE.mediaType;
            default -> range;
        };
        for (SparqlOutput o : values()) {
            if (o.graph == graphResult && (o.mediaType.equals(alias)
                    || (range.endsWith("/*") && o.mediaType.startsWith(range.substring(0, range.length() - 1))))) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The media ranges of an Accept header, highest quality first (ties keep their order); q=0 dropped. */
    private static List<String> byQuality(String accept) {
        record Range(String type, double q, int order) {
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] fields = parts[i].split(";");
            double q = 1.0;
            for (int f = 1; f < fields.length; f++) {
                String param = fields[f].trim();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                ranges.add(new Range(fields[0].trim().toLowerCase(Locale.ROOT), q, i));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::q).reversed().thenComparingInt(Range::order));
        return ranges.stream().map(Range::type).toList();
    }
}
