package org.geokg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.geokg.extract.Extractor;
import org.geokg.extract.TimeLimit;
import org.geokg.graph.Neo4jRuntime;
import org.geokg.ingest.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract facts from articles and store them in the graph.",
                "Files or directories (recursive): .txt, .json, .jsonl, .html. Already stored articles are skipped;",
                "a bad file is reported and the others are still stored (exit code 1 if any file failed)."})
final class IngestCommand implements Callable<Integer> {
    @ParentCommand
    GeokgCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles extracted and stored at once (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        ArticleReader reader = new ArticleReader();
        List<Path> files = reader.expand(paths);
        CompletableFuture<Extractor> extractor = Extractor.loadInBackground();
        try (Context ctx = Context.open(root, Neo4jRuntime.Mode.CLIENT)) {
            IngestJob.Summary s = new IngestJob(ctx.store, extractor.join(), threads,
                    new TimeLimit(ctx.settings.extractTimeout())).run(files, reader::readAll,
                    spec.commandLine().getErr());
            spec.commandLine().getOut().printf("ingested %d file(s): %d article(s) stored, %d already stored,"
                    + " %d fact(s) extracted, %d error(s)%n", s.files(), s.stored(), s.skipped(), s.facts(),
                    s.errors().size());
            return s.errors().isEmpty() ? 0 : 1;
        }
    }
}
