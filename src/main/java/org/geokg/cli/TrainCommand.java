package org.geokg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.geokg.extract.SpanScorer;
import org.geokg.extract.typer.Clause;
import org.geokg.extract.typer.EventTyper;
import org.geokg.extract.typer.TyperTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Rebuild the event typer from labeled sentences (TSV: type, actor, recipient, sentence).",
                "Prints cross-validated accuracy per type, then trains on all rows and writes the model file;",
                "--check scores the new model on span-marked records (the PLV format) it was not trained on."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", defaultValue = "src/main/resources/typer/sentences",
            description = "Directory of labeled .tsv files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "src/main/resources/typer/model.tsv",
            description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds; 0 skips (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--check", description = "Span-marked records (PLV JSON) to type with the new model.")
    List<Path> check = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (!java.nio.file.Files.isDirectory(data)) {
            throw new IllegalArgumentException(data + ": no such directory of labeled sentences");
        }
        List<TyperTrainer.Example> examples = TyperTrainer.read(data);
        o.printf("%d labeled sentences from %s%n", examples.size(), data);
        List<float[]> xs = TyperTrainer.features(examples);
        TyperTrainer trainer = new TyperTrainer();
        if (folds > 1) {
            TyperTrainer.Accuracy cv = trainer.crossValidate(examples, xs, folds);
            print(o, folds + "-fold cross-validation", cv);
        }
        EventTyper typer = trainer.train(examples, xs, out);
        o.printf("model written to %s%n", out);
        for (Path p : check) {
            print(o, "typed on " + p, check(typer, p));
        }
        return 0;
    }

    /** Types each record's marked pair; a record whose names are not in its text (or overlap) is left out. */
    private static TyperTrainer.Accuracy check(EventTyper typer, Path file) {
        Map<String, int[]> byLabel = new LinkedHashMap<>();
        TyperTrainer.labels().forEach(l -> byLabel.put(l, new int[2]));
        for (SpanScorer.SpanRecord r : SpanScorer.read(file)) {
            Clause clause;
            try {
                clause = Clause.of(r.article().text(), r.source(), r.target());
            } catch (IllegalArgumentException e) {
                continue;
            }
            EventTyper.Typed t = typer.type(clause);
            int[] c = byLabel.get(r.types().stream().map(Enum::name).sorted().findFirst().orElseThrow());
            c[0]++;
            c[1] += t.type() != null && r.types().contains(t.type()) ? 1 : 0;
        }
        return new TyperTrainer.Accuracy(byLabel);
    }

    private static void print(PrintWriter o, String title, TyperTrainer.Accuracy a) {
        o.printf("%s: accuracy %.3f%n", title, a.overall());
        a.byLabel().forEach((label, c) -> {
            if (c[0] > 0) {
                o.printf("  %-10s %5d  %.3f%n", label, c[0], (double) c[1] / c[0]);
            }
        });
    }
}
