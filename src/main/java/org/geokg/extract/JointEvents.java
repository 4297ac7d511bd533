package org.geokg.extract;

import java.util.ArrayList;
import java.util.List;
import org.geokg.model.ActorType;
import org.geokg.model.Entity;
import org.geokg.model.Plover;

/** Joint activities: mutual cooperation among the actors that hold them, whatever the activity's own type. */
final class JointEvents {
    private final Lexicon lexicon;
    private final EventPairs pairs;

    JointEvents(Lexicon lexicon, EventPairs pairs) {
        this.lexicon = lexicon;
        this.pairs = pairs;
    }

    /**
     * "The Indian and Japanese coast guards held a joint exercise", "Russia and China held joint drills": a joint
     * activity is mutual cooperation between the actors that hold it.
     */
    boolean joint(Doc doc, Doc.Sent s, int noun, int light, List<Lexicon.Frame> frames) {
        boolean joint = Deps.children(s, noun, "amod").stream()
                .anyMatch(m -> lexicon.cue("joint", Deps.lemma(s, m)));
        if (!joint) {
            return false;
        }
        List<Entity> parties = new ArrayList<>();
        for (int subj : EventPairs.subjects(s, light, 0)) {
            for (int mod : Deps.children(s, subj, "amod", "compound", "conj:and")) {
                ActorFinder.Found f = pairs.finder().find(doc, s, mod);
                if (f != null && parties.stream().noneMatch(p -> p.id().equals(f.entity().id()))) {
                    parties.add(f.entity());
                }
            }
            ActorFinder.Found head = pairs.finder().find(doc, s, subj);
            if (head != null && head.entity().type() != ActorType.Country
                    || head != null && parties.isEmpty()) {
                parties.add(0, head.entity());
            }
        }
        Lexicon.Frame frame = new Lexicon.Frame(Deps.lemma(s, noun), "prep:with", Plover.COOPERATE,
                "holds_joint_" + Deps.lemma(s, noun) + "_with", 0.7);
        for (int i = 0; i < parties.size(); i++) {
            for (int j = i + 1; j < parties.size(); j++) {
                pairs.add(doc, s, light, parties.get(i), parties.get(j), frame, "noun:joint", 0.8);
            }
        }
        return parties.size() > 1;
    }

}
