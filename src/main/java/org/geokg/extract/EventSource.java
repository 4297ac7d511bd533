package org.geokg.extract;

import java.util.Optional;
import org.geokg.extract.typer.EventTyper;

/**
 * Where event types come from: the lexicon's frames, the learned typer where no frame fires, or both (the
 * default). {@code -Dgeokg.events=lexicon|typer|both} picks one, for the ablation docs/extraction.md reports.
 */
record EventSource(boolean lexicon, Optional<EventTyper> typer) {
    static EventSource configured() {
        String mode = System.getProperty("geokg.events", "both");
        return switch (mode) {
            case "lexicon" -> new EventSource(true, Optional.empty());
            case "typer" -> new EventSource(false, EventTyper.shipped());
            case "both" -> new EventSource(true, EventTyper.shipped());
            default -> throw new IllegalArgumentException("geokg.events must be lexicon, typer or both, not '" + mode + "'");
        };
    }
}
