package org.geokg.extract.typer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.geokg.model.Plover;

/**
 * Rebuilds the event typer from labeled sentences: TSV rows of type (a PLOVER root or NONE), actor, recipient and
 * sentence, the two names exact substrings of it. Reports cross-validated accuracy per type before it trains the
 * model on all rows. The same rows give the same model file.
 */
public final class TyperTrainer {
    /** A labeled clause and where it was read ("file:line"). */
    public record Example(String label, Clause clause, String source) {
    }

    /** Per gold label: how many examples, how many typed right. */
    public record Accuracy(Map<String, int[]> byLabel) {
        public double overall() {
            int right = 0;
            int all = 0;
            for (int[] c : byLabel.values()) {
                all += c[0];
                right += c[1];
            }
            return all == 0 ? 0 : (double) right / all;
        }
    }

    private final Softmax.Settings settings;

    public TyperTrainer() {
        this.settings = Softmax.Settings.DEFAULT;
    }

    public static List<String> labels() {
        List<String> labels = new ArrayList<>(List.of(EventTyper.NONE));
        for (Plover p : Plover.values()) {
            labels.add(p.name());
        }
        return labels;
    }

    /** Every row of every {@code .tsv} file in the directory, in file-name order; a bad row is an error naming it. */
    public static List<Example> read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(dir + ": no .tsv files of labeled sentences");
        }
        List<Example> out = new ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(example(line, f.getFileName() + ":" + (i + 1)));
                }
            }
        }
        return out;
    }

    private static Example example(String line, String source) {
        String[] f = line.split("\t");
        if (f.length != 4 || !labels().contains(f[0])) {
            throw new IllegalArgumentException(source + ": expected type, actor, recipient, sentence with type one of "
                    + labels());
        }
        try {
            return new Example(f[0], Clause.of(f[3], f[1], f[2]), source);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** Features for every example, computed once. */
    public static List<float[]> features(List<Example> examples) {
        return examples.parallelStream().map(e -> e.clause().features()).toList();
    }

    /** k-fold cross-validation: fold i holds out every k-th example starting at i. */
    public Accuracy crossValidate(List<Example> examples, List<float[]> xs, int folds) {
        Map<String, int[]> byLabel = new LinkedHashMap<>();
        labels().forEach(l -> byLabel.put(l, new int[2]));
        for (int fold = 0; fold < folds; fold++) {
            List<float[]> trainX = new ArrayList<>();
            List<Integer> trainY = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds != fold) {
                    trainX.add(xs.get(i));
                    trainY.add(labels().indexOf(examples.get(i).label()));
                }
            }
            EventTyper typer = new EventTyper(Softmax.train(labels(), trainX, trainY, settings));
            for (int i = fold; i < examples.size(); i += folds) {
                String label = examples.get(i).label();
                int[] c = byLabel.get(label);
                c[0]++;
                c[1] += label.equals(typer.label(xs.get(i))) ? 1 : 0;
            }
        }
        return new Accuracy(byLabel);
    }

    /** Trains on all examples and writes the model file with a header saying what made it. */
    public EventTyper train(List<Example> examples, List<float[]> xs, Path out) throws IOException {
        List<Integer> ys = examples.stream().map(e -> labels().indexOf(e.label())).toList();
        Softmax model = Softmax.train(labels(), xs, ys, settings);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# geokg event typer: a softmax layer over all-MiniLM-L6-v2 (quantized) vectors of a sentence and of\n");
            w.write("# the stretch from actor (X) to recipient (Y). Made by `geokg train` from " + examples.size()
                    + " labeled sentences written for geokg (src/main/resources/typer/sentences).\n");
            w.write("# Settings: " + settings + ". This file is part of geokg (GPL-3.0).\n");
            w.write("# Columns: label, bias, " + (2 * Encoder.DIM) + " weights.\n");
            model.write(w);
        }
        return new EventTyper(model);
    }
}
