package org.geokg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.extract.Evaluator;
import org.geokg.extract.Extractor;
import org.geokg.extract.SpanScorer;
import org.geokg.model.Plover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the extraction against annotated gold articles (the dev-set JSON format)",
                "and span-marked records (the PLV format: a JSON array; recall only).",
                "Precision, recall and F1 per PLOVER type and overall, at dyad and entity level, and facts from traps."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", description = "A gold JSON file or a directory of them.")
    List<Path> gold = new ArrayList<>();

    @picocli.CommandLine.Parameters(paramLabel = "PATH", arity = "0..*",
            description = "More gold files or directories (same as --gold).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--details", description = "Also list the gold facts missed and the facts matching no gold fact "
            + "(entity level), for error analysis.")
    boolean details;

    @Option(names = "--rules", description = "Also list each rule that made facts: how often it fired, how many of "
            + "its facts match a gold fact at dyad and at entity level (and so its precision), and its facts from"
            + " trap sentences. Event rules are named verb:* and noun:*; actor rules s:* (subject) and o:* (object).")
    boolean rules;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        List<Path> files = new ArrayList<>();
        List<Path> all = new ArrayList<>(gold);
        all.addAll(paths);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no gold files: give --gold DIR|FILE or paths");
        }
        for (Path g : all) {
            if (!java.nio.file.Files.exists(g)) {
                throw new IllegalArgumentException(g + ": no such file or directory");
            }
            files.addAll(Evaluator.goldFiles(g));
        }
        List<Path> spanFiles = files.stream().filter(SpanScorer::isSpanFile).toList();
        List<Path> articleFiles = files.stream().filter(f -> !spanFiles.contains(f)).toList();
        Extractor extractor = new Extractor();
        Evaluator.Report r = articleFiles.isEmpty() ? null : new Evaluator(extractor).evaluate(articleFiles);
        SpanScorer.Report s = spanFiles.isEmpty() ? null : new SpanScorer(extractor).score(spanFiles);
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            Map<String, Object> m = r == null ? new LinkedHashMap<>() : json(r);
            if (s != null) {
                m.put("spans", spans(s));
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        } else {
            if (r != null) {
                table(r, out);
            }
            if (s != null) {
                spanTable(s, out);
            }
        }
        return 0;
    }

    private static void spanTable(SpanScorer.Report s, PrintWriter out) {
        out.printf("%n%d span-marked record(s) (recall only)%n", s.records());
        s.byType().forEach((k, c) -> out.printf("  %-18s typed recall %.3f  (%d/%d)%n", k,
                c[1] == 0 ? 0 : c[0] / (double) c[1], c[0], c[1]));
        out.printf("pairs found %d/%d (%.3f); type right on found pairs %.3f%n", s.found(), s.records(),
                s.pairRecall(), s.typeAccuracy());
        out.printf("spans: typed recall=%.3f%n", s.typedRecall());
    }

    private static Map<String, Object> spans(SpanScorer.Report s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", s.records());
        m.put("pairs_found", s.found());
        m.put("pair_recall", s.pairRecall());
        m.put("typed", s.typed());
        m.put("typed_recall", s.typedRecall());
        m.put("type_accuracy", s.typeAccuracy());
        return m;
    }

    private void table(Evaluator.Report r, PrintWriter out) {
        out.printf("%d article(s)%n%n%-10s %29s   %29s%n", r.articles(), "", "dyad", "entity");
        out.printf("%-10s %6s %6s %6s %4s %4s %4s   %6s %6s %6s %4s %4s %4s%n", "type", "P", "R", "F1", "tp", "fp",
                "fn", "P", "R", "F1", "tp", "fp", "fn");
        for (Plover p : Plover.values()) {
            Evaluator.Score d = r.dyadByType().get(p);
            Evaluator.Score e = r.entityByType().get(p);
            if (d != null || e != null) {
                row(out, p.name(), d, e);
            }
        }
        row(out, "overall", r.dyad(), r.entity());
        out.printf("%nfacts from trap sentences: %d%n", r.trapFacts());
        r.trapEvidence().forEach(t -> out.println("  " + t));
        if (rules) {
            out.printf("%n%-26s %6s %13s %13s %5s%n", "rule", "fired", "dyad P", "entity P", "traps");
            for (Evaluator.RuleCount c : r.rules()) {
                out.printf("%-26s %6d %5d %7.3f %5d %7.3f %5d%n", c.rule(), c.fired(), c.correct(), c.precision(),
                        c.entityCorrect(), c.entityPrecision(), c.traps());
            }
        }
        if (details) {
            out.printf("%ngold facts missed (entity level): %d%n", r.missed().size());
            r.missed().forEach(m -> out.println("  " + m));
            out.printf("%nfacts matching no gold fact (entity level): %d%n", r.spurious().size());
            r.spurious().forEach(m -> out.println("  " + m));
        }
    }

    private static void row(PrintWriter out, String label, Evaluator.Score d, Evaluator.Score e) {
        out.printf("%-10s %s   %s%n", label, cells(d), cells(e));
    }

    private static String cells(Evaluator.Score s) {
        if (s == null) {
            return String.format("%6s %6s %6s %4s %4s %4s", "-", "-", "-", 0, 0, 0);
        }
        return String.format("%6.3f %6.3f %6.3f %4d %4d %4d", s.precision(), s.recall(), s.f1(), s.tp(),
                s.fp(), s.fn());
    }

    private static Map<String, Object> json(Evaluator.Report r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", r.articles());
        m.put("dyad", score(r.dyad()));
        m.put("entity", score(r.entity()));
        Map<String, Object> types = new LinkedHashMap<>();
        r.dyadByType().forEach((p, s) -> types.put(p.name(), Map.of("dyad", score(s),
                "entity", score(r.entityByType().getOrDefault(p, new Evaluator.Score())))));
        m.put("by_type", types);
        m.put("trap_facts", r.trapFacts());
        m.put("trap_evidence", r.trapEvidence());
        List<Object> rs = new ArrayList<>();
        for (Evaluator.RuleCount c : r.rules()) {
            rs.add(Map.of("rule", c.rule(), "fired", c.fired(), "dyad_correct", c.correct(),
                    "dyad_precision", c.precision(), "entity_correct", c.entityCorrect(),
                    "entity_precision", c.entityPrecision(), "traps", c.traps()));
        }
        m.put("rules", rs);
        return m;
    }

    private static Map<String, Object> score(Evaluator.Score s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", s.precision());
        m.put("recall", s.recall());
        m.put("f1", s.f1());
        m.put("tp", s.tp());
        m.put("fp", s.fp());
        m.put("fn", s.fn());
        return m;
    }
}
