package org.geokg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.geokg.extract.Extractor;
import org.geokg.extract.TimeLimit;
import org.geokg.graph.Neo4jRuntime;
import org.geokg.ingest.ArticleReader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the bundled sample articles into the embedded Neo4j and show what was stored.",
                "With --serve, keep Neo4j Browser and the REST API running until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    GeokgCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--serve", description = "Keep serving Neo4j Browser, Bolt and the REST API until Ctrl-C.")
    boolean serve;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (serve) {
            org.geokg.config.Settings.fromEnvironment(root.dataDir).checkServeExposure(); // before anything starts
        }
        Map<Path, String> samples = samples();
        CompletableFuture<Extractor> extractor = Extractor.loadInBackground();
        Context ctx = Context.open(root, serve ? Neo4jRuntime.Mode.SERVER : Neo4jRuntime.Mode.CLIENT);
        try {
            ArticleReader reader = new ArticleReader();
            int cores = Runtime.getRuntime().availableProcessors();
            IngestJob.Summary s = new IngestJob(ctx.store, extractor.join(), cores,
                    new TimeLimit(ctx.settings.extractTimeout()))
                    .run(new ArrayList<>(samples.keySet()), p -> reader.parseAll(p, samples.get(p)),
                            spec.commandLine().getErr());
            out.printf("demo: %d sample article(s), %d stored now, %d already stored%n%n", samples.size(),
                    s.stored(), s.skipped());
            StatsCommand.print(ctx.store.stats(), "table", out);
            out.println();
            ServeCommand.printAddresses(ctx, out, serve);
            if (serve) {
                ServeCommand.serveUntilInterrupted(ctx, out);
                return 0;
            }
        } finally {
            if (!serve) {
                ctx.close();
            }
        }
        return 0;
    }

    /** The sample articles bundled in the jar, by file name. */
    static Map<Path, String> samples() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(DemoCommand.class.getClassLoader())
                    .getResources("classpath*:samples/*.txt");
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            Map<Path, String> out = new LinkedHashMap<>();
            for (Resource r : found) {
                out.put(Path.of("samples", r.getFilename()),
                        new String(r.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled samples", e);
        }
    }

}
