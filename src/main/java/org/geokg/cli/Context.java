package org.geokg.cli;

import org.geokg.config.Settings;
import org.geokg.graph.GraphStore;
import org.geokg.graph.Neo4jRuntime;

/** What a database command opens: the settings, the Neo4j runtime and the graph store, with the schema current. */
final class Context implements AutoCloseable {
    final Settings settings;
    final Neo4jRuntime runtime;
    final GraphStore store;

    private Context(Settings settings, Neo4jRuntime runtime) {
        this.settings = settings;
        this.runtime = runtime;
        this.store = new GraphStore(runtime);
    }

    static Context open(GeokgCommand root, Neo4jRuntime.Mode mode) {
        Settings settings = Settings.fromEnvironment(root.dataDir);
        Context ctx = new Context(settings, Neo4jRuntime.open(settings, mode));
        try {
            ctx.store.migrate();
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
        return ctx;
    }

    @Override
    public void close() {
        runtime.close();
    }
}
