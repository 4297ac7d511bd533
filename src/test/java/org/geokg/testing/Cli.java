package org.geokg.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.geokg.cli.GeokgCommand;

/** Runs the command line in-process and keeps what it printed. */
public record Cli(int code, String out, String err) {
    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GeokgCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }
}
