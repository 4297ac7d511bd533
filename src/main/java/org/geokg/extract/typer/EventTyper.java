package org.geokg.extract.typer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.geokg.model.Plover;

/** Types a linked pair's clause: a PLOVER root, or no event. Immutable and thread-safe. */
public final class EventTyper {
    /** The label for a clause that states no event between the pair. */
    public static final String NONE = "NONE";
    /** Where the shipped model is on the class path. */
    public static final String MODEL = "/typer/model.tsv";

    /** The most likely type (null for no event) and its probability. */
    public record Typed(Plover type, double probability) {
    }

    private final Softmax model;

    EventTyper(Softmax model) {
        this.model = model;
    }

    /** The shipped model, if the class path has one. */
    public static Optional<EventTyper> shipped() {
        try (InputStream in = EventTyper.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                return Optional.empty();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Optional.of(new EventTyper(Softmax.read(reader, MODEL)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Typed type(Clause clause) {
        double[] p = model.probabilities(clause.features());
        int best = best(p);
        String label = model.labels().get(best);
        return new Typed(label.equals(NONE) ? null : Plover.valueOf(label), p[best]);
    }

    String label(float[] features) {
        return model.labels().get(best(model.probabilities(features)));
    }

    private static int best(double[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }
}
