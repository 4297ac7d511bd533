package org.geokg.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs the stages in order and times each; refuses an order in which a stage lacks what it needs. */
final class Pipeline {
    private final List<Stage> stages;

    Pipeline(List<Stage> stages) {
        Set<String> available = new HashSet<>();
        for (Stage s : stages) {
            for (String need : s.needs()) {
                if (!available.contains(need)) {
                    throw new IllegalStateException("stage " + s.name() + " needs '" + need
                            + "', which no earlier stage provides");
                }
            }
            available.addAll(s.provides());
        }
        this.stages = List.copyOf(stages);
    }

    void run(Doc doc) {
        for (Stage s : stages) {
            long t0 = System.nanoTime();
            s.apply(doc);
            doc.stageNanos.merge(s.name(), System.nanoTime() - t0, Long::sum);
        }
    }

    List<String> names() {
        return stages.stream().map(Stage::name).toList();
    }
}
