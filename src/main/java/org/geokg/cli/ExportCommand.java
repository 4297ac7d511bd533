package org.geokg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.geokg.graph.Neo4jRuntime;
import org.geokg.model.Plover;
import org.geokg.rdf.Iris;
import org.geokg.rdf.RdfExporter;
import org.geokg.rdf.RdfFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the graph as RDF, streamed: ttl, trig, nt, nq, jsonld or rdfxml.",
                "Filters select facts; the export then holds those facts with their actors and articles."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    GeokgCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "ttl",
            description = "ttl, trig, nt, nq, jsonld or rdfxml (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--since", paramLabel = "DATE", description = "Only facts dated on or after DATE (YYYY-MM-DD).")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "Only facts dated on or before DATE (YYYY-MM-DD).")
    String until;

    @Option(names = "--plover", split = ",", paramLabel = "TYPE", description = "Only facts of these PLOVER types.")
    List<String> plover;

    @Option(names = "--actor", paramLabel = "ID|NAME",
            description = "Only facts with this actor as subject or object (canonical id, name or alias).")
    String actor;

    @Override
    public Integer call() {
        RdfFormat rdf;
        RdfExporter.Filter filter;
        try {
            rdf = RdfFormat.parse(format);
            filter = filter();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Context ctx = Context.open(root, Neo4jRuntime.Mode.CLIENT);
             OutputStream stream = open()) {
            long n = new RdfExporter(ctx.store, new Iris(ctx.settings.baseIri())).export(rdf, filter, stream);
            stream.flush();
            if (out != null) {
                spec.commandLine().getErr().printf("wrote %d statements to %s%n", n, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return 0;
    }

    private RdfExporter.Filter filter() {
        var types = plover == null ? java.util.Set.<Plover>of()
                : plover.stream().filter(t -> !t.isBlank()).map(Plover::parse).collect(Collectors.toSet());
        return new RdfExporter.Filter(date("--since", since), date("--until", until), types, actor);
    }

    private static LocalDate date(String option, String value) {
        try {
            return value == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date YYYY-MM-DD (was '" + value + "')");
        }
    }

    private OutputStream open() throws IOException {
        if (out == null) {
            return new BufferedOutputStream(new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            }, 1 << 16);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
    }
}
