package org.geokg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every geokg command line the README and the manual (docs/*.md) show names a subcommand that exists and only
 * options that subcommand has (its own, or the top command's global ones). Read from picocli's model of the
 * command line, so nothing runs. An invocation is {@code -jar target/geokg.jar ...} or {@code geokg ...}: in a code
 * block the whole line is read, in prose only inline code spans, so prose about the project ("geokg reads ...")
 * is not taken for a command. The command table's rows ({@code | `ingest [--threads N] PATH...` | ...}) are
 * read as invocations too.
 */
class DocsCommandsTest {
    /** Where an invocation starts; what follows it is the command line. */
    private static final Pattern START = Pattern.compile("-jar\\s+\\S*geokg\\.jar(?=\\s|$)|(?<![\\w./:@<-])geokg(?=\\s)");
    /** What ends a command line in a shell line: a comment, a pipe, a list or a redirection. */
    private static final Pattern END = Pattern.compile("(^|\\s)#(\\s|$)|\\s\\|\\s|&&|\\|\\||;|\\s[<>]");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[A-Za-z][A-Za-z0-9-]*");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    /** A table row's first cell: up to the first unescaped pipe after the leading one. */
    private static final Pattern FIRST_CELL = Pattern.compile("^\\|((?:\\\\\\||[^|])*)\\|");

    private final CommandLine top = new CommandLine(new GeokgCommand());
    private final Map<String, CommandLine> subcommands = top.getSubcommands();

    @Test
    void theDocsNameOnlySubcommandsAndOptionsThatExist() throws IOException {
        List<String> problems = new ArrayList<>();
        int invocations = 0;
        for (Path file : docs()) {
            List<String> lines = Files.readAllLines(file);
            boolean inCode = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String where = file + ":" + (i + 1);
                if (line.trim().startsWith("```")) {
                    inCode = !inCode;
                    continue;
                }
                if (inCode) {
                    invocations += check(line, where, problems);
                    continue;
                }
                Matcher span = CODE_SPAN.matcher(line);
                while (span.find()) {
                    invocations += check(span.group(1), where, problems);
                }
                invocations += checkTableRow(line, where, problems);
            }
        }
        assertThat(invocations).as("geokg command lines found in the docs").isGreaterThan(20);
        assertThat(problems).as("commands in the docs that the command line does not have").isEmpty();
    }

    /** The README and every docs/*.md, in a stable order. */
    private static List<Path> docs() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** Checks each invocation in {@code text}; returns how many there were. */
    private int check(String text, String where, List<String> problems) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Matcher m = START.matcher(text);
        while (m.find()) {
            starts.add(m.start());
            ends.add(m.end());
        }
        for (int k = 0; k < starts.size(); k++) {
            int to = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
            String rest = text.substring(ends.get(k), to);
            Matcher end = END.matcher(rest);
            if (end.find()) {
                rest = rest.substring(0, end.start());
            }
            checkInvocation(rest.trim(), where, problems);
        }
        return starts.size();
    }

    /** A row of the command table: its first cell's code spans read as if each began with "geokg ". */
    private int checkTableRow(String line, String where, List<String> problems) {
        Matcher cell = FIRST_CELL.matcher(line);
        if (!cell.find()) {
            return 0;
        }
        int count = 0;
        Matcher span = CODE_SPAN.matcher(cell.group(1));
        while (span.find()) {
            String code = span.group(1).replace("\\|", "|").trim();
            String first = code.split("\\s+", 2)[0];
            if (subcommands.containsKey(first)) {
                checkInvocation(code, where, problems);
                count++;
            }
        }
        return count;
    }

    /** {@code args}: what follows "geokg" (global options, then the subcommand and its arguments). */
    private void checkInvocation(String args, String where, List<String> problems) {
        String[] tokens = args.isEmpty() ? new String[0] : args.split("\\s+");
        int i = 0;
        while (i < tokens.length && tokens[i].startsWith("-")) {
            String name = optionName(tokens[i]);
            if (name == null || !top.getCommandSpec().optionsMap().containsKey(name)) {
                problems.add(where + ": geokg has no global option " + tokens[i] + " (in: geokg " + args + ")");
            } else if (!tokens[i].contains("=") && top.getCommandSpec().optionsMap().get(name).arity().max() > 0) {
                i++; // its value
            }
            i++;
        }
        if (i >= tokens.length) {
            return; // only global options, e.g. geokg --help
        }
        String name = tokens[i];
        CommandLine sub = subcommands.get(name);
        if (sub == null) {
            problems.add(where + ": geokg has no subcommand '" + name + "' (in: geokg " + args + ")");
            return;
        }
        Set<String> known = optionNames(sub.getCommandSpec());
        known.addAll(top.getCommandSpec().optionsMap().keySet());
        String after = String.join(" ", List.of(tokens).subList(i + 1, tokens.length));
        Matcher option = OPTION.matcher(after);
        while (option.find()) {
            if (!known.contains(option.group())) {
                problems.add(where + ": geokg " + name + " has no option " + option.group() + " (in: geokg " + args + ")");
            }
        }
    }

    /** The option's name in a token such as {@code --data-dir}, {@code --data-dir=x} or {@code [--fast]}. */
    private static String optionName(String token) {
        Matcher m = OPTION.matcher(token);
        return m.find() ? m.group() : null;
    }

    /** Every option name of a command, including those declared in argument groups. */
    private static Set<String> optionNames(CommandSpec spec) {
        Set<String> names = new HashSet<>(spec.optionsMap().keySet());
        for (ArgGroupSpec group : spec.argGroups()) {
            addGroup(group, names);
        }
        return names;
    }

    private static void addGroup(ArgGroupSpec group, Set<String> names) {
        for (OptionSpec o : group.options()) {
            names.addAll(List.of(o.names()));
        }
        for (ArgGroupSpec sub : group.subgroups()) {
            addGroup(sub, names);
        }
    }
}
