package org.geokg.shacl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geokg.rdf.RdfFormat;

/**
 * Checks RDF against {@code ontology/shapes.ttl} with Jena SHACL. SHACL needs the whole data graph at hand, so the
 * data is held in memory; a file with named graphs (TriG, N-Quads) is checked as the union of all its graphs,
 * since facts (in article graphs) point at actors and articles (in the default graph).
 */
public final class ShapesValidator {
    private static final String SHAPES = "ontology/shapes.ttl";

    /** One violation: the node, the property path (if any), the offending value (if any) and the shape's message. */
    public record Violation(String focus, String path, String value, String message) {
    }

    /** What was checked and what failed. */
    public record Report(long statements, List<Violation> violations) {
        public boolean conforms() {
            return violations.isEmpty();
        }
    }

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The project's shapes, from the classpath. */
    public static ShapesValidator load() {
        try (InputStream in = ShapesValidator.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES + " is missing from the classpath");
            }
            Graph g = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
            return new ShapesValidator(Shapes.parse(g));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHAPES, e);
        }
    }

    public Report validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = report.getEntries().stream()
                .map(ShapesValidator::violation)
                .sorted(Comparator.comparing(Violation::focus).thenComparing(Violation::message))
                .toList();
        return new Report(data.size(), violations);
    }

    /** Parses a file strictly (format from its extension) and validates the union of its graphs. */
    public Report validate(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        Lang lang = langOf(file);
        try {
            DatasetGraph ds = RDFParser.source(file).lang(lang).strict(true)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).toDatasetGraph();
            Graph union = GraphFactory.createDefaultGraph();
            ds.find().forEachRemaining(q -> union.add(q.asTriple()));
            return validate(union);
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + ": not valid " + lang.getLabel() + ": " + e.getMessage(), e);
        }
    }

    private static Lang langOf(Path file) {
        String name = file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        try {
            return RdfFormat.parse(ext).lang();
        } catch (IllegalArgumentException e) {
            Lang lang = RDFLanguages.filenameToLang(name);
            if (lang == null) {
                throw new IllegalArgumentException(file + ": cannot tell the RDF format from the extension"
                        + " (use .ttl, .trig, .nt, .nq, .jsonld or .rdf)", e);
            }
            return lang;
        }
    }

    private static Violation violation(ReportEntry e) {
        return new Violation(str(e.focusNode()), e.resultPath() == null ? "" : e.resultPath().toString(),
                str(e.value()), e.message());
    }

    private static String str(Node n) {
        if (n == null) {
            return "";
        }
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString();
    }
}
