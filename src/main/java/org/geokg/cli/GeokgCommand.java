package org.geokg.cli;

import java.nio.file.Path;
import java.util.Arrays;
import org.geokg.graph.GraphUnavailableException;
import org.geokg.ingest.IngestException;
import org.geokg.sparql.SparqlStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code geokg} command: global options and the subcommands. */
@Command(name = "geokg", mixinStandardHelpOptions = true, version = "geokg 0.1.0",
        description = "Geopolitical knowledge graph: PLOVER-coded facts from news, in Neo4j and RDF.",
        subcommands = {DemoCommand.class, IngestCommand.class, ExtractCommand.class, EvaluateCommand.class, StatsCommand.class,
                ExportCommand.class, ValidateCommand.class, SparqlCommand.class, ServeCommand.class, QueryCommand.class, BenchCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class GeokgCommand {

    @Option(names = "--data-dir", scope = CommandLine.ScopeType.INHERIT,
            description = "Where the embedded Neo4j keeps its data (default: $GEOKG_DATA_DIR or ./data).")
    Path dataDir;

    /** Sets fast NLP for the process (the models are built once per JVM, so this holds for all it extracts). */
    @Option(names = "--fast", scope = CommandLine.ScopeType.INHERIT,
            description = "Fast NLP: parse only sentences with an event word (same as GEOKG_NLP=fast).")
    void fast(boolean fast) {
        if (fast) {
            System.setProperty("geokg.nlp", "fast");
        }
    }

    /** Runs the command line and returns the exit code; errors are one clear line on stderr, no stack trace. */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs with the given output streams (tests capture them). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new GeokgCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("geokg: " + message(e));
            if (System.getenv("GEOKG_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return exitCode(e);
        });
        return cli.execute(args);
    }

    /** Whether the command serves until interrupted (then main must not exit). */
    public static boolean keepsRunning(String... args) {
        return Arrays.asList(args).contains("serve") || Arrays.asList(args).contains("--serve");
    }

    /** 2 for a query the user must change (as for a usage error), 1 for everything that failed while running. */
    private static int exitCode(Exception e) {
        if (e instanceof SparqlStore.QueryException q) {
            return switch (q.reason()) {
                case BAD_QUERY, UPDATE, SERVICE, FORMAT -> 2;
                case TIMEOUT, UNAVAILABLE -> 1;
            };
        }
        return 1;
    }

    private static String message(Exception e) {
        if (e instanceof IngestException || e instanceof GraphUnavailableException
                || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
