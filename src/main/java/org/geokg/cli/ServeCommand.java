package org.geokg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.geokg.api.ApiServer;
import org.geokg.config.Settings;
import org.geokg.graph.Neo4jRuntime;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the REST API (port 8080) with the embedded Neo4j (Browser 7474, Bolt 7687) until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    GeokgCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Settings.fromEnvironment(root.dataDir).checkServeExposure(); // at once, before the database starts
        Context ctx = Context.open(root, Neo4jRuntime.Mode.SERVER);
        printAddresses(ctx, out, true);
        serveUntilInterrupted(ctx, out);
        return 0;
    }

    static void printAddresses(Context ctx, PrintWriter out, boolean serving) {
        String api = "http://localhost:" + ctx.settings.apiPort();
        if (ctx.runtime.embedded()) {
            int bolt = ctx.settings.boltPort();
            String browser = ctx.runtime.browserUrl()
                    .orElse(Neo4jRuntime.browserUrl(ctx.settings.httpPort(), bolt));
            out.println("Neo4j Browser  " + browser + (serving ? "" : "   (with demo --serve or serve)"));
            out.println("Bolt           bolt://localhost:" + bolt + "   (loopback only)");
            out.println("Neo4j login    user neo4j, password in " + Neo4jRuntime.passwordFile(ctx.settings)
                    + " (owner-only file)");
        } else {
            out.println("Neo4j          " + ctx.runtime.boltUri());
        }
        out.println("REST API       " + api + "/api/stats   health: " + api + "/actuator/health"
                + (serving ? "" : "   (with demo --serve or serve)"));
        out.flush();
    }

    /** Starts the web server and blocks until Ctrl-C; the shutdown hook closes web server, then Neo4j. */
    static void serveUntilInterrupted(Context ctx, PrintWriter out) {
        ConfigurableApplicationContext web;
        try {
            web = ApiServer.start(ctx.runtime, ctx.store, ctx.settings);
        } catch (RuntimeException e) {
            ctx.close(); // e.g. refused to bind beyond loopback without a token: release the store, then report
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.close();
            ctx.close();
            stopped.countDown();
        }, "geokg-shutdown"));
        out.println("serving; press Ctrl-C to stop");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
