package org.geokg.extract;

import java.util.Set;

/**
 * One step of the extraction pipeline. A stage declares what it needs from earlier stages and what it provides,
 * so the pipeline can check the order once, when it is built.
 */
interface Stage {
    String name();

    Set<String> needs();

    Set<String> provides();

    void apply(Doc doc);
}
