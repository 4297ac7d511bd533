package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.graph.Neo4jRuntime;
import org.geokg.rdf.Iris;
import org.geokg.rdf.RdfExporter;
import org.geokg.shacl.ShapesValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check RDF against the SHACL shapes (ontology/shapes.ttl) and print a report.",
                "Without FILE, checks the export of the current graph. Exit code 1 if anything violates a shape."})
final class ValidateCommand implements Callable<Integer> {
    /** Violations listed in full; beyond this, only counted, so a broken file does not flood the terminal. */
    private static final int SHOWN = 50;

    @ParentCommand
    GeokgCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "An RDF file (.ttl .trig .nt .nq .jsonld .rdf); default: the current graph's export.")
    Path file;

    @Override
    public Integer call() {
        ShapesValidator validator = ShapesValidator.load();
        ShapesValidator.Report report = file != null ? validator.validate(file) : validator.validate(currentGraph());
        print(report, file == null ? "the graph's export" : file.toString(), spec.commandLine().getOut());
        return report.conforms() ? 0 : 1;
    }

    /** The export of the whole graph, in memory: SHACL needs all of it at hand. */
    private Graph currentGraph() {
        try (Context ctx = Context.open(root, Neo4jRuntime.Mode.CLIENT)) {
            Graph g = GraphFactory.createDefaultGraph();
            new RdfExporter(ctx.store, new Iris(ctx.settings.baseIri()))
                    .export(RdfExporter.Filter.NONE, StreamRDFLib.graph(g));
            return g;
        }
    }

    static void print(ShapesValidator.Report report, String what, PrintWriter out) {
        if (report.conforms()) {
            out.printf("%s conforms to the shapes (%d statements checked)%n", what, report.statements());
            return;
        }
        report.violations().stream().limit(SHOWN).forEach(v -> out.printf("violation: %s%s%s: %s%n", v.focus(),
                v.path().isEmpty() ? "" : " " + v.path(), v.value().isEmpty() ? "" : " = " + v.value(), v.message()));
        if (report.violations().size() > SHOWN) {
            out.printf("... and %d more%n", report.violations().size() - SHOWN);
        }
        out.printf("%s does not conform: %d violation(s) in %d statements%n", what, report.violations().size(),
                report.statements());
    }
}
