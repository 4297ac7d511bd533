package org.geokg.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geokg.extract.Extractor;

/**
 * The results of {@code geokg bench}, as a table or as JSON-ready maps. Per-stage rates come from the first pass
 * (thread time, so they read as one core's rate); end-to-end rates from wall time at each thread count, the
 * headline numbers from the fastest.
 */
public final class BenchReport {
    /** Extractor stages grouped into the parts the report names. */
    private static final Map<String, List<String>> PARTS = Map.of(
            "nlp", List.of("nlp"),
            "actor_resolution", List.of("actors"),
            "relation_extraction", List.of("speech", "events", "modality", "dates", "facts"));

    /** Seconds from start until both the NLP models and Neo4j were ready, and until Neo4j alone was. */
    record Startup(double seconds, double databaseSeconds) {
    }

    private final List<ThroughputRun.Result> runs;
    private final Startup startup;
    private final boolean fast = Extractor.fastMode();
    private final Baselines.Write write;
    private final Baselines.Export export;
    private final double peakHeapMb;
    private final double peakRssMb;

    BenchReport(List<ThroughputRun.Result> runs, Baselines.Write write, Baselines.Export export, Startup startup,
                double peakHeapMb, double peakRssMb) {
        this.runs = List.copyOf(runs);
        this.write = write;
        this.startup = startup;
        this.export = export;
        this.peakHeapMb = peakHeapMb;
        this.peakRssMb = peakRssMb;
    }

    private ThroughputRun.Result best() {
        return runs.stream().max(Comparator.comparingDouble(r -> r.articles() / r.wallSeconds())).orElseThrow();
    }

    /** Project throughput ÷ baseline throughput (1.0 = as fast as a raw CREATE; the target is ≥ 0.5). */
    public double graphWriteRatio() {
        return write.rawSeconds() / write.seconds();
    }

    /** Project throughput ÷ Jena's in-memory writer (the target is ≥ 0.7). */
    public double exportRatio() {
        return export.jenaSeconds() / export.seconds();
    }

    /** The stages with their seconds, in pipeline order, from the first pass. */
    private Map<String, Double> stageSeconds() {
        ThroughputRun.Result first = runs.get(0);
        Map<String, Double> out = new LinkedHashMap<>();
        for (String part : List.of("nlp", "actor_resolution", "relation_extraction")) {
            out.put(part, PARTS.get(part).stream().mapToDouble(s -> first.stageSeconds().getOrDefault(s, 0.0)).sum());
        }
        out.put("graph_write", write.seconds());
        out.put("rdf_export", export.seconds());
        return out;
    }

    /** The report as nested maps of plain values (for JSON). */
    public Map<String, Object> toMap() {
        ThroughputRun.Result best = best();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", best.articles());
        m.put("sentences", best.sentences());
        m.put("facts", best.facts());
        m.put("threads", best.threads());
        m.put("articles_per_s", round(best.articles() / best.wallSeconds()));
        m.put("sentences_per_s", round(best.sentences() / best.wallSeconds()));
        m.put("facts_per_s", round(best.facts() / best.wallSeconds()));
        m.put("cpu_s_per_article", round(best.cpuSeconds() / best.articles()));
        m.put("graph_write_ratio", round(graphWriteRatio()));
        m.put("export_ratio", round(exportRatio()));
        m.put("peak_heap_mb", round(peakHeapMb));
        m.put("peak_rss_mb", round(peakRssMb));
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("startup_s", round(startup.seconds()));
        m.put("database_start_s", round(startup.databaseSeconds()));
        m.put("nlp_mode", fast ? "fast" : "full");
        List<Map<String, Object>> stages = new ArrayList<>();
        stageSeconds().forEach((name, s) -> stages.add(rates(name, s, runs.get(0))));
        m.put("stages", stages);
        m.put("scaling", scaling());
        m.put("baselines", Map.of("graph_write_s", round(write.seconds()),
                "raw_create_s", round(write.rawSeconds()), "export_s", round(export.seconds()),
                "jena_write_s", round(export.jenaSeconds()), "export_statements", export.statements(),
                "warm_up", Map.of("graph_write", warmUpMap(write.warmUp()), "rdf_export", warmUpMap(export.warmUp()))));
        return m;
    }

    /** End-to-end rates at each thread count. */
    private List<Map<String, Object>> scaling() {
        List<Map<String, Object>> scaling = new ArrayList<>();
        for (ThroughputRun.Result r : runs) {
            Map<String, Object> row = rates("end_to_end", r.wallSeconds(), r);
            row.put("threads", r.threads());
            row.put("cpu_s_per_article", round(r.cpuSeconds() / r.articles()));
            scaling.add(row);
        }
        return scaling;
    }

    private static Map<String, Object> rates(String name, double seconds, ThroughputRun.Result r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("stage", name);
        row.put("seconds", round(seconds));
        double s = Math.max(seconds, 1e-9);
        row.put("articles_per_s", round(r.articles() / s));
        row.put("sentences_per_s", round(r.sentences() / s));
        row.put("facts_per_s", round(r.facts() / s));
        return row;
    }

    /** The human-readable report; ends with the {@code ratio:} lines. */
    public void printTable(PrintWriter out) {
        ThroughputRun.Result first = runs.get(0);
        out.printf("%d article(s), %d sentence(s), %d fact(s); %d core(s); %s NLP%n%n", first.articles(),
                first.sentences(), first.facts(), Runtime.getRuntime().availableProcessors(), fast ? "fast" : "full");
        out.printf("%-22s %8s %10s %11s %9s%n", "stage (1st pass)", "seconds", "articles/s", "sentences/s",
                "facts/s");
        stageSeconds().forEach((name, s) -> row(out, name, rates(name, s, first)));
        out.println();
        out.printf("%-22s %8s %10s %11s %9s %10s%n", "end to end", "seconds", "articles/s", "sentences/s",
                "facts/s", "CPU s/art");
        for (ThroughputRun.Result r : runs) {
            Map<String, Object> rates = rates("", r.wallSeconds(), r);
            out.printf("%-22s %8.3f %10.2f %11.2f %9.2f %10.3f%n", r.threads() + " thread(s)", rates.get("seconds"),
                    rates.get("articles_per_s"), rates.get("sentences_per_s"), rates.get("facts_per_s"),
                    r.cpuSeconds() / r.articles());
        }
        out.printf("%nstartup %.1f s (NLP models loading while Neo4j starts; Neo4j alone %.1f s)%n",
                startup.seconds(), startup.databaseSeconds());
        out.printf("peak heap %.0f MB, peak RSS %.0f MB%n", peakHeapMb, peakRssMb);
        out.printf("warm-up before the baselines, until the JIT settles (at most %.0f s): writes %s, export %s%n",
                JitWarmUp.MAX_NANOS / 1e9, warmUp(write.warmUp()), warmUp(export.warmUp()));
        out.printf("ratio: graph write %.2f of the raw baseline's throughput (MERGE writes %.3f s, raw UNWIND CREATE"
                + " %.3f s)%n", graphWriteRatio(), write.seconds(), write.rawSeconds());
        out.printf("ratio: rdf export %.2f of Jena's throughput (streamed from Neo4j %.3f s, Jena from memory %.3f s,"
                + " %d statements)%n", exportRatio(), export.seconds(), export.jenaSeconds(), export.statements());
        out.flush();
    }

    private static Map<String, Object> warmUpMap(JitWarmUp.Result w) {
        return Map.of("seconds", round(w.seconds()), "runs", w.runs(), "jit_settled", w.settled(),
                "compiling_share", round(w.compiling()));
    }

    private static String warmUp(JitWarmUp.Result w) {
        String state = w.settled() ? "settled" : w.compiling() < 0 ? "JIT time unknown"
                : String.format("still compiling %.0f %% of the time", w.compiling() * 100);
        return String.format("%.1f s (%s)", w.seconds(), state);
    }

    private static void row(PrintWriter out, String name, Map<String, Object> r) {
        out.printf("%-22s %8.3f %10.2f %11.2f %9.2f%n", name, r.get("seconds"), r.get("articles_per_s"),
                r.get("sentences_per_s"), r.get("facts_per_s"));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
