package org.geokg;

import org.geokg.cli.GeokgCommand;

/** Entry point of the one runnable jar: every capability is a subcommand. */
public final class GeokgApplication {
    private GeokgApplication() {
    }

    public static void main(String[] args) {
        int code = GeokgCommand.run(args);
        if (code != 0 || !GeokgCommand.keepsRunning(args)) {
            System.exit(code);
        }
    }
}
