package org.geokg.extract.typer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A multinomial logistic regression: one weight row per label over the features and a bias. Trained by full-batch
 * gradient descent with Adam and an L2 penalty, in a fixed order from zero weights, so that the same data gives
 * the same model.
 */
final class Softmax {
    /** Training settings; named so that the model file can say what made it. */
    record Settings(int epochs, double rate, double l2) {
        static final Settings DEFAULT = new Settings(300, 0.01, 1e-4);
    }

    private final List<String> labels;
    private final double[][] w;

    private Softmax(List<String> labels, double[][] w) {
        this.labels = List.copyOf(labels);
        this.w = w;
    }

    List<String> labels() {
        return labels;
    }

    /** The probability of each label, in the order of {@link #labels()}. */
    double[] probabilities(float[] x) {
        double[] z = new double[labels.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < z.length; k++) {
            double sum = w[k][x.length];
            for (int j = 0; j < x.length; j++) {
                sum += w[k][j] * x[j];
            }
            z[k] = sum;
            max = Math.max(max, sum);
        }
        double total = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            total += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= total;
        }
        return z;
    }

    static Softmax train(List<String> labels, List<float[]> xs, List<Integer> ys, Settings settings) {
        int d = xs.get(0).length;
        int n = xs.size();
        double[][] w = new double[labels.size()][d + 1];
        double[][] m = new double[labels.size()][d + 1];
        double[][] v = new double[labels.size()][d + 1];
        Softmax model = new Softmax(labels, w);
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            double[][] grad = new double[labels.size()][d + 1];
            for (int i = 0; i < n; i++) {
                float[] x = xs.get(i);
                double[] p = model.probabilities(x);
                p[ys.get(i)] -= 1;
                for (int k = 0; k < p.length; k++) {
                    double g = p[k] / n;
                    for (int j = 0; j < d; j++) {
                        grad[k][j] += g * x[j];
                    }
                    grad[k][d] += g;
                }
            }
            adam(w, m, v, grad, settings, epoch);
        }
        return model;
    }

    private static void adam(double[][] w, double[][] m, double[][] v, double[][] grad, Settings s, int t) {
        double b1 = 0.9;
        double b2 = 0.999;
        for (int k = 0; k < w.length; k++) {
            for (int j = 0; j < w[k].length; j++) {
                double g = grad[k][j] + (j < w[k].length - 1 ? s.l2() * w[k][j] : 0);
                m[k][j] = b1 * m[k][j] + (1 - b1) * g;
                v[k][j] = b2 * v[k][j] + (1 - b2) * g * g;
                double mh = m[k][j] / (1 - Math.pow(b1, t));
                double vh = v[k][j] / (1 - Math.pow(b2, t));
                w[k][j] -= s.rate() * mh / (Math.sqrt(vh) + 1e-8);
            }
        }
    }

    /** One line per label: the label, the bias, then the weights, tab-separated. */
    void write(Writer out) throws IOException {
        for (int k = 0; k < labels.size(); k++) {
            StringBuilder line = new StringBuilder(labels.get(k));
            int d = w[k].length - 1;
            line.append('\t').append(format(w[k][d]));
            for (int j = 0; j < d; j++) {
                line.append('\t').append(format(w[k][j]));
            }
            out.write(line.append('\n').toString());
        }
    }

    private static String format(double x) {
        return String.format(Locale.ROOT, "%.5f", x);
    }

    /** Reads what {@link #write} wrote; lines starting with # are comments. */
    static Softmax read(BufferedReader in, String source) throws IOException {
        List<String> labels = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2 * Encoder.DIM + 2) {
                throw new IOException(source + ":" + number + ": expected " + (2 * Encoder.DIM + 2) + " fields, found "
                        + f.length);
            }
            double[] row = new double[f.length - 1];
            for (int j = 2; j < f.length; j++) {
                row[j - 2] = Double.parseDouble(f[j]);
            }
            row[row.length - 1] = Double.parseDouble(f[1]);
            labels.add(f[0]);
            rows.add(row);
        }
        return new Softmax(labels, rows.toArray(new double[0][]));
    }
}
