package org.geokg.model;

import java.util.Locale;

/** How a fact is stated: as happened, as planned, as a condition, or as someone's report. */
public enum Modality {
    ASSERTED, FUTURE, HYPOTHETICAL, REPORTED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality parse(String label) {
        return label == null ? ASSERTED : valueOf(label.toUpperCase(Locale.ROOT));
    }
}
