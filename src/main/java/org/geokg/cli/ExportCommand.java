package org.geokg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.geokg.graph.Neo4jRuntime;
import org.geokg.rdf.Iris;
import org.geokg.rdf.RdfExporter;
import org.geokg.rdf.RdfFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export the graph as RDF, streamed (ttl, nt, nq, trig).")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    GeokgCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "ttl", description = "ttl, nt, nq or trig (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", description = "Output file (default: standard output).")
    Path out;

    @Override
    public Integer call() {
        RdfFormat rdf = RdfFormat.parse(format);
        try (Context ctx = Context.open(root, Neo4jRuntime.Mode.CLIENT);
             OutputStream stream = open()) {
            long n = new RdfExporter(ctx.store, new Iris(ctx.settings.baseIri())).export(rdf, stream);
            stream.flush();
            if (out != null) {
                spec.commandLine().getErr().printf("wrote %d statements to %s%n", n, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return 0;
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
