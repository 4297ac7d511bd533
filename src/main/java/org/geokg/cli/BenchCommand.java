package org.geokg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.bench.ArticleGenerator;
import org.geokg.bench.Bench;
import org.geokg.bench.BenchReport;
import org.geokg.ingest.ArticleReader;
import org.geokg.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure throughput: extraction stages, graph write, RDF export, end to end on 1 and 2 threads.",
                "Baselines: a raw UNWIND CREATE of the same rows; Jena writing the same triples from memory.",
                "Runs on temporary embedded stores, never the user's graph, unless --data-dir is given."})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    GeokgCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "A directory (or file) of articles.")
    Path input;

    @Option(names = "--generate", paramLabel = "N", description = "Benchmark N synthetic articles instead.")
    Integer generate;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic articles (default: 42).")
    long seed;

    @Option(names = "--threads", split = ",", defaultValue = "1,2",
            description = "Worker thread counts to run (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: table).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report in --format to FILE.")
    Path out;

    @Option(names = "--save-articles", paramLabel = "FILE",
            description = "Write the articles as JSON lines (for `geokg ingest`) to FILE instead of benchmarking.")
    Path saveArticles;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("table") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be table or json");
        }
        List<Article> articles = articles();
        PrintWriter stdout = spec.commandLine().getOut();
        if (saveArticles != null) {
            write(saveArticles, jsonLines(articles));
            stdout.printf("wrote %d article(s) to %s%n", articles.size(), saveArticles);
            stdout.flush();
            return 0;
        }
        BenchReport report = new Bench(threads, root.dataDir, spec.commandLine().getErr()).run(articles);
        StringWriter table = new StringWriter();
        report.printTable(new PrintWriter(table));
        String rendered = format.equals("json") ? json(report) : table.toString();
        if (out != null) {
            write(out, rendered);
        }
        stdout.print(out == null ? rendered : table.toString());
        stdout.flush();
        return 0;
    }

    private List<Article> articles() {
        if ((generate == null) == (input == null)) {
            throw new ParameterException(spec.commandLine(), "give a directory of articles or --generate N");
        }
        if (generate != null) {
            if (generate < 1) {
                throw new ParameterException(spec.commandLine(), "--generate must be 1 or more");
            }
            return new ArticleGenerator().generate(generate, seed);
        }
        ArticleReader reader = new ArticleReader();
        List<Article> all = new ArrayList<>();
        for (Path file : reader.expand(List.of(input))) {
            all.addAll(reader.read(file));
        }
        return all;
    }

    /** Articles in the JSON-lines form {@code ingest} reads, one object per line. */
    private static String jsonLines(List<Article> articles) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        for (Article a : articles) {
            Map<String, Object> row = ExtractionJson.articleFields(a);
            row.put("text", a.text());
            out.append(mapper.writeValueAsString(row)).append('\n');
        }
        return out.toString();
    }

    private static String json(BenchReport report) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.toMap())
                + System.lineSeparator();
    }

    private static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
