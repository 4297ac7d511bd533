package org.geokg.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geokg.graph.GraphStore;
import org.geokg.model.ActorType;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.Extraction;
import org.geokg.model.Fact;
import org.geokg.model.Modality;
import org.geokg.model.Plover;
import org.geokg.model.Provenance;

/**
 * A small graph for the query library, built by hand: Mexico and the United States go from support to
 * accusations, sanctions and threats (January, February 2025, with a negated assault); Russia strikes Ukraine
 * (reported by two articles), the EU sanctions Russia and the US threatens it, and a hypothetical coercion (March).
 * Each fact's evidence is "SUBJECT TYPE OBJECT (ARTICLE)"; quoted facts are said by their subject.
 */
public final class AnalystGraph {
    public static final Entity RUS = new Entity("country:RUS", "Russia", ActorType.Country, "RUS", "GOV", "Q159",
            null, List.of("Russian Federation"));
    public static final Entity UKR = new Entity("country:UKR", "Ukraine", ActorType.Country, "UKR", "GOV", "Q212",
            null, List.of());
    public static final Entity EU = new Entity("igo:eu", "European Union", ActorType.InternationalOrganization, null,
            "IGO", "Q458", null, List.of("EU"));
    public static final List<Entity> ACTORS = List.of(Fixtures.MEX, Fixtures.USA, Fixtures.SHEINBAUM, Fixtures.STATE,
            RUS, UKR, EU);

    private AnalystGraph() {
    }

    public static void store(GraphStore store) {
        Article a1 = article("a1", "Mexico and the US agree", "2025-01-10");
        Article a2 = article("a2", "Sheinbaum accuses Washington", "2025-02-14");
        Article a3 = article("a3", "Russia strikes Ukraine", "2025-03-01");
        Article a4 = article("a4", "Second report of the strike", "2025-03-02");
        save(store, a1, fact(a1, 0, Fixtures.SHEINBAUM, Plover.SUPPORT, Fixtures.USA, "2025-01-10",
                        "We support our partners"),
                fact(a1, 1, Fixtures.USA, Plover.AGREE, Fixtures.MEX, "2025-01-10", null));
        save(store, a2, fact(a2, 0, Fixtures.SHEINBAUM, Plover.ACCUSE, Fixtures.USA, "2025-02-14", "They betrayed us"),
                fact(a2, 1, Fixtures.STATE, Plover.SANCTION, Fixtures.MEX, "2025-02-14", null),
                fact(a2, 2, Fixtures.USA, Plover.THREATEN, Fixtures.MEX, "2025-02-15", null),
                fact(a2, 3, Fixtures.STATE, Plover.THREATEN, Fixtures.MEX, "2025-02-15", null),
                modal(fact(a2, 4, Fixtures.USA, Plover.ASSAULT, Fixtures.MEX, "2025-02-15", null), true,
                        Modality.ASSERTED));
        save(store, a3, fact(a3, 0, RUS, Plover.ASSAULT, UKR, "2025-03-01", null),
                fact(a3, 1, EU, Plover.SANCTION, RUS, "2025-03-02", null),
                fact(a3, 2, Fixtures.USA, Plover.THREATEN, RUS, "2025-03-02", null),
                modal(fact(a3, 3, RUS, Plover.COERCE, UKR, "2025-03-03", null), false, Modality.HYPOTHETICAL));
        save(store, a4, fact(a4, 5, RUS, Plover.ASSAULT, UKR, "2025-03-01", null));
    }

    /** One fact of each PLOVER type from Mexico to the United States, in consecutive months from January 2024. */
    public static void storeOneFactPerType(GraphStore store) {
        Article a = article("types", "All types", "2024-01-01");
        List<Fact> facts = new ArrayList<>();
        Plover[] types = Plover.values();
        for (int i = 0; i < types.length; i++) {
            String date = LocalDate.of(2024, 1, 15).plusMonths(i).toString();
            facts.add(fact(a, i, Fixtures.MEX, types[i], Fixtures.USA, date, null));
        }
        save(store, a, facts.toArray(Fact[]::new));
    }

    /**
     * The United States acting on {@code count} organizations, each in a PLOVER type in turn: past fifty
     * relationships Neo4j stores a node's relationships grouped by type (a dense node), which reads walk otherwise.
     */
    public static void storeDenseActor(GraphStore store, int count) {
        Article a = article("dense", "Many targets", "2024-06-01");
        List<Entity> actors = new ArrayList<>(List.of(Fixtures.USA));
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Entity target = new Entity("org:target-" + i, "Target " + i, ActorType.Organization, null, null, null,
                    null, List.of());
            actors.add(target);
            facts.add(fact(a, i, Fixtures.USA, Plover.values()[i % Plover.values().length], target, "2024-06-01",
                    null));
        }
        store.store(new Extraction(a, actors, List.of(), facts, Map.of(), count), List.of());
    }

    private static void save(GraphStore store, Article a, Fact... facts) {
        store.store(new Extraction(a, ACTORS, List.of(), List.of(facts), Map.of(), 6), List.of());
    }

    private static Article article(String id, String title, String published) {
        return new Article(id, title, LocalDate.parse(published), "test", "https://example.org/" + id, title + ".");
    }

    private static Fact fact(Article a, int sentence, Entity s, Plover p, Entity o, String date, String quote) {
        LocalDate d = LocalDate.parse(date);
        return new Fact(Fact.idOf(s.id(), p, o.id(), d, false, Modality.ASSERTED), s.id(), o.id(), p,
                p.name().toLowerCase(), d, s.name() + " " + p + " " + o.name() + " (" + a.id() + ")", quote,
                quote == null ? null : s.id(), false, Modality.ASSERTED, 0.9,
                new Provenance(a.id(), sentence, sentence * 100, sentence * 100 + 50, "test"));
    }

    private static Fact modal(Fact f, boolean negated, Modality m) {
        return new Fact(Fact.idOf(f.subject(), f.plover(), f.object(), f.date(), negated, m), f.subject(), f.object(),
                f.plover(), f.predicate(), f.date(), f.evidence(), f.quote(), f.speaker(), negated, m,
                f.confidence(), f.provenance());
    }
}
