package org.geokg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.graph.GraphStore;
import org.geokg.graph.Neo4jRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what the graph holds.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    GeokgCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("table") && !format.equals("json")) {
            throw new IllegalArgumentException("unknown format '" + format + "' (use table or json)");
        }
        try (Context ctx = Context.open(root, Neo4jRuntime.Mode.CLIENT)) {
            print(ctx.store.stats(), format, spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(GraphStore.Stats s, String format, PrintWriter out) throws Exception {
        if (format.equals("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("articles", s.articles());
            json.put("entities", s.entities());
            json.put("facts", s.facts());
            json.put("reports", s.reports());
            json.put("facts_by_plover", s.factsByPlover());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
            return;
        }
        out.printf("articles  %d%nentities  %d%nfacts     %d%nreports   %d%n", s.articles(), s.entities(), s.facts(),
                s.reports());
        if (!s.factsByPlover().isEmpty()) {
            out.println("facts by PLOVER type:");
            s.factsByPlover().forEach((type, n) -> out.printf("  %-10s %d%n", type, n));
        }
    }
}
