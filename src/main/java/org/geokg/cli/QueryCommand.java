package org.geokg.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.graph.Neo4jRuntime;
import org.geokg.graph.QueryLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a named query of the library (cypher/queries) with typed parameters.",
                "geokg query --list shows each query, its parameters and examples."})
final class QueryCommand implements Callable<Integer> {
    @ParentCommand
    GeokgCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The query to run.")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A parameter value (repeatable); lists are comma-separated, dates YYYY-MM-DD.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--list", description = "List the queries with their parameters and examples.")
    boolean list;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        QueryLibrary library = QueryLibrary.load();
        if (list) {
            QueryOutput.printCatalog(library.list(), out);
            return 0;
        }
        if (name == null) {
            throw new IllegalArgumentException("name a query to run, or use --list to see them");
        }
        QueryOutput.checkFormat(format);
        // Checked before the database opens: a typo costs no start-up.
        QueryLibrary.Bound bound = library.bind(name, params);
        try (Context ctx = Context.open(root, Neo4jRuntime.Mode.CLIENT)) {
            QueryOutput.print(ctx.store.query(bound), format, out);
        }
        return 0;
    }
}
