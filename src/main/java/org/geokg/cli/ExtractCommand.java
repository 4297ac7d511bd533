package org.geokg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.geokg.extract.Extractor;
import org.geokg.ingest.ArticleReader;
import org.geokg.ingest.IngestException;
import org.geokg.model.Article;
import org.geokg.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract facts from articles without a database and print them.",
                "JSON output follows facts.schema.json. Negated and hypothetical facts are left out unless --include-all."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "json, text, or explain (a trace of tokens, parse and candidates) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--include-all", description = "Also print negated and hypothetical facts.")
    boolean includeAll;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or directories.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("json") && !format.equals("text") && !format.equals("explain")) {
            throw new IllegalArgumentException("unknown format '" + format + "' (use json, text or explain)");
        }
        ArticleReader reader = new ArticleReader();
        Extractor extractor = new Extractor();
        List<Extraction> results = new ArrayList<>();
        int errors = 0;
        for (Path file : reader.expand(paths)) {
            try {
                for (Article a : reader.read(file)) {
                    if (format.equals("explain")) {
                        spec.commandLine().getOut().println(extractor.explain(a));
                    } else {
                        results.add(extractor.extract(a));
                    }
                }
            } catch (IngestException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                errors++;
            }
        }
        if (format.equals("explain")) {
            return errors == 0 ? 0 : 1;
        }
        if (format.equals("json")) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            spec.commandLine().getOut().println(json.writeValueAsString(ExtractionJson.document(results, includeAll)));
        } else {
            ExtractionJson.text(results, includeAll, spec.commandLine().getOut());
        }
        return errors == 0 ? 0 : 1;
    }
}
