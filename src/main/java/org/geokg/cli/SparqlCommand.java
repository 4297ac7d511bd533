package org.geokg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.geokg.graph.Neo4jRuntime;
import org.geokg.sparql.SparqlOutput;
import org.geokg.sparql.SparqlStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query over the current graph: a TDB2 copy of its RDF export",
                "under the data directory, rebuilt first when the graph has changed.",
                "Read-only; examples in ontology/queries/."})
final class SparqlCommand implements Callable<Integer> {
    @ParentCommand
    GeokgCommand root;

    @Spec
    CommandSpec spec;

    static final class Source {
        @Option(names = "--query", paramLabel = "TEXT", description = "The query text.")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "A file holding the query (.rq).")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--format", defaultValue = "table", description = {"table, csv, tsv, json or xml (default:"
            + " ${DEFAULT-VALUE}); CONSTRUCT and DESCRIBE: ttl (also for table), nt, jsonld (also for json), rdfxml."})
    String format;

    @Override
    public Integer call() {
        String query = queryText();
        try (Context ctx = Context.open(root, Neo4jRuntime.Mode.CLIENT);
             SparqlStore store = SparqlStore.open(ctx.settings.dataDir(), ctx.store, ctx.settings.baseIri(),
                     ctx.settings.sparqlTimeout())) {
            SparqlStore.Prepared prepared = store.prepare(query);
            SparqlOutput output = output(prepared);
            long loaded = store.refresh();
            if (loaded >= 0) {
                spec.commandLine().getErr().printf("SPARQL store rebuilt from the graph: %d statements%n", loaded);
            }
            OutputStream out = WriterOutputStream.builder().setWriter(spec.commandLine().getOut())
                    .setCharset(StandardCharsets.UTF_8).get();
            store.run(prepared, output, out);
            out.flush();
            spec.commandLine().getOut().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private String queryText() {
        if (source.text != null) {
            return source.text;
        }
        try {
            return Files.readString(source.file);
        } catch (IOException e) {
            throw new IllegalArgumentException(source.file + ": cannot read the query (" + e.getMessage() + ")");
        }
    }

    private SparqlOutput output(SparqlStore.Prepared prepared) {
        try {
            return SparqlOutput.byName(format, prepared.graphResult());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
