package org.geokg.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.geokg.model.ActorType;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.geokg.model.Fact;
import org.geokg.model.Mention;
import org.geokg.model.Modality;
import org.geokg.model.Plover;
import org.geokg.model.Provenance;

/** Hand-built extractions: graph and RDF tests that need no NLP. */
public final class Fixtures {
    public static final Entity MEX = new Entity("country:MEX", "Mexico", ActorType.Country, "MEX", "GOV", "Q96", null,
            List.of("Mexican"));
    public static final Entity USA = new Entity("country:USA", "United States", ActorType.Country, "USA", "GOV", "Q30",
            null, List.of("US"));
    public static final Entity SHEINBAUM = new Entity("person:claudia-sheinbaum", "Claudia Sheinbaum", ActorType.Person,
            "MEX", "GOV", null, "president", List.of("Sheinbaum"));
    public static final Entity STATE = new Entity("gov:USA:state-department", "State Department",
            ActorType.GovernmentBody, "USA", "GOV", null, null, List.of());

    private Fixtures() {
    }

    public static Article article(String id, String text) {
        return new Article(id, "Title " + id, LocalDate.of(2025, 8, 8), "test", null, text);
    }

    public static Fact fact(Article a, Entity s, Plover p, Entity o, boolean negated, Modality modality) {
        LocalDate date = LocalDate.of(2025, 8, 8);
        return new Fact(Fact.idOf(s.id(), p, o.id(), date, negated, modality), s.id(), o.id(), p,
                p.name().toLowerCase() + "s", date, a.text(), null, null, negated, modality, 0.9,
                new Provenance(a.id(), 0, 0, a.text().length(), "test"));
    }

    /** Sheinbaum rejects the US; the State Department sanctions Mexico (say); a negated ASSAULT. */
    public static Extraction sample(String articleId) {
        Article a = article(articleId, "Sheinbaum rejected US troops.");
        List<Fact> facts = List.of(
                fact(a, SHEINBAUM, Plover.REJECT, USA, false, Modality.ASSERTED),
                fact(a, STATE, Plover.SANCTION, MEX, false, Modality.REPORTED),
                fact(a, USA, Plover.ASSAULT, MEX, true, Modality.ASSERTED));
        return new Extraction(a, List.of(SHEINBAUM, USA, STATE, MEX),
                List.of(new Mention(SHEINBAUM.id(), "Sheinbaum", 0, 0, 9)), facts, Map.of(), 1);
    }
}
