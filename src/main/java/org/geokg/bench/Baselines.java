package org.geokg.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.geokg.graph.GraphBench;
import org.geokg.graph.GraphStore;
import org.geokg.graph.Neo4jRuntime;
import org.geokg.rdf.RdfExporter;
import org.geokg.rdf.RdfFormat;

/**
 * The two baselines of {@code geokg bench}, each on the same data as the measured path: graph writes against a raw
 * {@code UNWIND $rows CREATE} of the same rows, and the streaming RDF export (Neo4j reads plus mapping) against
 * Jena writing the same triples from memory. Both as N-Triples into a null stream, so disk speed does not count.
 */
final class Baselines {
    /** Timed runs: at least three, then more while within this time, twenty at most. */
    private static final long TIMED_NANOS = 3_000_000_000L;
    private static final int MIN_RUNS = 3;
    private static final int MAX_RUNS = 20;
    /** Seconds of the project's graph write and of the raw CREATE of the same rows; the warm-up before. */
    record Write(double seconds, double rawSeconds, JitWarmUp.Result warmUp) {
    }

    /** Seconds of the project's path and of its baseline; the statements exported; the export's warm-up. */
    record Export(double seconds, double jenaSeconds, long statements, JitWarmUp.Result warmUp) {
    }

    private Baselines() {
    }

    /**
     * The graph-write stage and its baseline on the same rows, each in a fresh store of its own ({@code runtime}
     * and one at {@code rawStore}): first sample articles written each way in a scratch store until the JIT has
     * settled, then a few more in the measured stores (their query plans), then every article written for real
     * and raw in turn. The scratch store keeps the warm-up's articles out of the measured one, whose export is
     * timed next.
     */
    static Write write(Path scratch, Path rawStore, Neo4jRuntime runtime, List<GraphBench.Rows> warm,
                       List<ThroughputRun.Written> written) {
        JitWarmUp.Result warmUp;
        try (Neo4jRuntime scratchRuntime = Neo4jRuntime.openEmbedded(scratch, false)) {
            new GraphStore(scratchRuntime).migrate();
            GraphBench scratchBench = new GraphBench(scratchRuntime);
            int[] next = {0};
            warmUp = JitWarmUp.run(() -> scratchBench.warmUpWrite(warm.get(next[0] % warm.size()), next[0]++));
            scratchBench.clear();
        }
        try (Neo4jRuntime raw = Neo4jRuntime.openEmbedded(rawStore, false)) {
            GraphBench bench = new GraphBench(runtime, raw);
            bench.warmUp(warm, warm.size());
            List<GraphBench.Rows> rows = written.stream()
                    .map(w -> GraphBench.rows(w.extraction(), w.context())).toList();
            GraphBench.Seconds seconds = bench.seconds(rows);
            return new Write(seconds.merge(), seconds.raw(), warmUp);
        }
    }

    /**
     * Times the export and Jena's plain write of its triples, each as its best run after untimed warm-up runs
     * until the JIT has settled: a long export gives the JIT time to compile its path, so steady state is what
     * counts, and the best run is the one least disturbed by other work on the machine. Both get the same kind of
     * warm-up and number of runs.
     */
    static Export export(GraphStore store, org.geokg.rdf.Iris iris) {
        RdfExporter exporter = new RdfExporter(store, iris);
        long[] statements = new long[1];
        Runnable export = () -> statements[0] = exporter.export(RdfFormat.NT, RdfExporter.Filter.NONE,
                OutputStream.nullOutputStream());
        JitWarmUp.Result warmUp = JitWarmUp.run(export);
        double seconds = best(export);
        List<Triple> triples = new ArrayList<>();
        exporter.export(RdfExporter.Filter.NONE, new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                triples.add(triple);
            }
        });
        Runnable jena = () -> jenaWrite(triples);
        JitWarmUp.run(jena);
        return new Export(seconds, best(jena), statements[0], warmUp);
    }

    /** The best of the timed runs (the warm-up is the caller's). */
    private static double best(Runnable run) {
        long timing = System.nanoTime();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < MAX_RUNS && (i < MIN_RUNS || System.nanoTime() - timing < TIMED_NANOS); i++) {
            long t0 = System.nanoTime();
            run.run();
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best / 1e9;
    }

    private static void jenaWrite(List<Triple> triples) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(OutputStream.nullOutputStream(), RDFFormat.NTRIPLES);
        writer.start();
        triples.forEach(writer::triple);
        writer.finish();
    }
}
