package org.geokg.rdf;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.geokg.graph.GraphStore;
import org.geokg.model.Plover;

/**
 * Streams the graph as RDF: each record read from Neo4j becomes statements written at once, so memory does not
 * grow with the graph (the named queries read in index order, without sorting). Facts are resources (n-ary:
 * subject, object, type, evidence, provenance); Neo4j's direct relationships, which stand for the asserted facts,
 * become direct actor-to-actor triples annotated with RDF-star {@code << s p o >> gk:fact <fact>}.
 */
public final class RdfExporter {
    /** Bumped whenever the mapping changes, so copies of an older export (the SPARQL store) are rebuilt. */
    public static final int MAPPING_VERSION = 3;

    /**
     * Which facts to export (null or empty: no limit); a filtered export holds those facts with the actors (and
     * their countries) and articles they refer to, so it stands on its own. {@code actor} is an id or a name.
     */
    public record Filter(LocalDate since, LocalDate until, Set<Plover> types, String actor) {
        public static final Filter NONE = new Filter(null, null, Set.of(), null);

        public Filter {
            types = types == null ? Set.of() : Set.copyOf(types);
        }

        boolean active() {
            return since != null || until != null || !types.isEmpty() || actor != null;
        }
    }

    private static final String ACTORS = "read/export-actors";
    private static final String ARTICLES = "read/export-articles";
    private static final String FACTS = "read/export-facts";

    private final GraphStore store;
    private final Iris iris;

    public RdfExporter(GraphStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    /** Writes the selected facts in a format and returns the number of statements (triples or quads) written. */
    public long export(RdfFormat format, Filter filter, OutputStream out) {
        return run(filter, format.writer(out), format.quads(), format.annotations());
    }

    /** Sends the selected facts as triples, annotations included, to any Jena sink (a store, a graph). */
    public long export(Filter filter, StreamRDF sink) {
        return run(filter, sink, false, true);
    }

    private long run(Filter filter, StreamRDF sink, boolean quads, boolean annotations) {
        Map<String, Object> params = params(filter);
        Rows rows = filter.active() ? (query, each) -> store.scan(query, params, each)
                : (query, each) -> store.scanWhole(query, params, each);
        return write(iris, rows, sink, quads, annotations, !filter.active());
    }

    /** Where export rows come from: the named export queries, or rows given directly (tests). */
    interface Rows {
        void stream(String query, Consumer<Map<String, Object>> sink);
    }

    /** Writes all the rows (an unfiltered export) in the given format; returns the statements written. */
    static long write(Iris iris, Rows rows, RdfFormat format, OutputStream out) {
        return write(iris, rows, format.writer(out), format.quads(), format.annotations(), true);
    }

    /**
     * Writes actors, articles, facts, then direct relations. A whole export in a triple format takes the direct
     * relationships with their fact ids alone (export-direct); a filtered one needs each fact's date and type, and
     * a quad format its articles (export-relations, a row per fact).
     */
    static long write(Iris iris, Rows rows, StreamRDF sink, boolean quads, boolean annotations, boolean whole) {
        boolean direct = whole && !quads;
        String relations = direct ? "read/export-direct" : "read/export-relations";
        CountingStream counting = new CountingStream(sink);
        counting.start();
        Prefixes.declare(counting, iris);
        try (ReadAhead<Object> ahead = new ReadAhead<>(statements -> {
            RdfMapper mapper = new RdfMapper(iris, new Handing(statements), quads, annotations);
            rows.stream(ACTORS, mapper::actor);
            rows.stream(ARTICLES, mapper::article);
            rows.stream(FACTS, mapper::fact);
            rows.stream(relations, direct ? mapper::direct : mapper::relation);
        })) {
            ahead.drain(statement -> {
                if (statement instanceof Triple triple) {
                    counting.triple(triple);
                } else {
                    counting.quad((Quad) statement);
                }
            });
        }
        counting.finish();
        return counting.count;
    }

    /** The filter as the $parameters of the export queries (null means no limit). */
    private Map<String, Object> params(Filter filter) {
        Map<String, Object> p = new HashMap<>();
        p.put("filtered", filter.active());
        p.put("since", filter.since() == null ? null : filter.since().toString());
        p.put("until", filter.until() == null ? null : filter.until().toString());
        p.put("plover", filter.types().isEmpty() ? null : filter.types().stream().map(Plover::name).sorted().toList());
        p.put("actors", filter.actor() == null ? null : actorIds(filter.actor()));
        return p;
    }

    private List<String> actorIds(String actor) {
        List<String> ids = store.list("read/export-actor-ids", Map.of("actor", actor)).stream()
                .map(r -> r.get("id").toString()).toList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no actor with id or name '" + actor + "'");
        }
        return ids;
    }

    /** The mapper's statements, handed over to the writing thread. */
    private static final class Handing extends StreamRDFBase {
        private final Consumer<Object> statements;

        Handing(Consumer<Object> statements) {
            this.statements = statements;
        }

        @Override
        public void triple(Triple triple) {
            statements.accept(triple);
        }

        @Override
        public void quad(Quad quad) {
            statements.accept(quad);
        }
    }

    /** Counts what passes through, so the export can report its size and tests can compare counts. */
    private static final class CountingStream extends StreamRDFWrapper {
        private long count;

        CountingStream(StreamRDF other) {
            super(other);
        }

        @Override
        public void triple(Triple triple) {
            count++;
            super.triple(triple);
        }

        @Override
        public void quad(Quad quad) {
            count++;
            super.quad(quad);
        }
    }
}
