package org.geokg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.geokg.model.ActorType;
import org.geokg.model.Entity;

/**
 * The actor gazetteers under {@code gazetteer/}: countries (names, short forms, demonyms, capitals as metonyms),
 * organisations, people, generic bodies ("foreign ministry") and titles ("secretary of state"). Loaded once per
 * JVM; lookups by surface form as written, with a case-folded fallback for multi-word names.
 */
public final class Gazetteer {

    /**
     * How a surface form names its entity: by name, as an adjective of nationality, by its capital, or by a place
     * in it (a strike on "Dnipro" is a strike on Ukraine).
     */
    public enum Kind { NAME, DEMONYM, METONYM, PLACE }

    public record Hit(Entity entity, Kind kind) {
    }

    /** A generic body noun; {@code slug} null means the phrase stands for the country itself ("authorities"). */
    public record Body(String phrase, ActorType type, String sector, String slug) {
    }

    public record Title(String title, String sector, String defaultCountry) {
    }

    private static volatile Gazetteer instance;

    /** What a stop phrase matches: a span to skip, naming nobody ("Latin American", "New Mexico"). */
    public static final Hit STOP = new Hit(null, Kind.NAME);

    private final java.util.Set<String> stopPhrases = new java.util.HashSet<>();

    private final Map<String, Hit> exact = new HashMap<>();
    private final Map<String, Hit> folded = new HashMap<>();
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Body> bodies = new HashMap<>();
    private final Map<String, Title> titles = new HashMap<>();
    private final Map<String, List<Entity>> holders = new HashMap<>();
    private int maxWords = 1;

    private Gazetteer() {
    }

    public static Gazetteer load() {
        Gazetteer g = instance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (instance == null) {
                    Gazetteer fresh = new Gazetteer();
                    GazetteerLoader.loadInto(fresh);
                    instance = fresh;
                }
                g = instance;
            }
        }
        return g;
    }

    /** The entity a surface form names, if the gazetteer knows it. */
    public Optional<Hit> match(String surface) {
        String key = key(surface);
        if (stopPhrases.contains(key)) {
            return Optional.of(STOP);
        }
        Hit hit = exact.get(key);
        if (hit == null && key.indexOf(' ') > 0) {
            hit = folded.get(key.toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(hit);
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Entity> country(String iso3) {
        return iso3 == null ? Optional.empty() : byId("country:" + iso3);
    }

    public Optional<Body> body(String phrase) {
        return Optional.ofNullable(bodies.get(key(phrase).toLowerCase(Locale.ROOT)));
    }

    public Optional<Title> title(String phrase) {
        return Optional.ofNullable(titles.get(key(phrase).toLowerCase(Locale.ROOT)));
    }

    /** The one known person holding a title in a country ("Mexico's president"), if exactly one is known. */
    public Optional<Entity> holder(String iso3, String title) {
        List<Entity> found = holders.getOrDefault(iso3 + "|" + title.toLowerCase(Locale.ROOT), List.of());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The entity for a generic body of a country: a known one with the same id, else a new canonical one. */
    public Entity bodyOf(Body body, String iso3) {
        if (body.slug() == null) {
            return country(iso3).orElseThrow();
        }
        String id = prefixOf(body) + ":" + iso3 + ":" + body.slug();
        Entity known = byId.get(id);
        if (known != null) {
            return known;
        }
        String countryName = country(iso3).map(Entity::name).orElse(iso3);
        String name = capitalise(body.phrase()) + " (" + countryName + ")";
        return new Entity(id, name, body.type(), iso3, body.sector(), null, null, List.of());
    }

    /** State bodies are prefixed by their sector (gov, mil, cop, jud, leg, spy), as in organizations.tsv. */
    private static String prefixOf(Body body) {
        String sector = body.sector() == null ? "" : body.sector().toLowerCase(Locale.ROOT);
        return List.of("gov", "mil", "cop", "jud", "leg", "spy").contains(sector) ? sector : body.type().idPrefix();
    }

    /** Longest alias in words: how far a matcher needs to look ahead. */
    public int maxWords() {
        return maxWords;
    }

    public int size() {
        return byId.size();
    }

    // --- filled by GazetteerLoader ---

    void addEntity(Entity e) {
        byId.put(e.id(), e);
    }

    void addSurface(String surface, Entity e, Kind kind) {
        String key = key(surface);
        if (key.isEmpty()) {
            return;
        }
        Hit hit = new Hit(e, kind);
        exact.putIfAbsent(key, hit);
        maxWords = Math.max(maxWords, key.split(" ").length);
        if (key.indexOf(' ') > 0) {
            String fold = key.toLowerCase(Locale.ROOT);
            Hit prior = folded.get(fold);
            if (prior == null && !folded.containsKey(fold)) {
                folded.put(fold, hit);
            } else if (prior != null && !prior.entity().id().equals(e.id())) {
                folded.put(fold, null);
            }
        }
    }

    void addStopPhrase(String phrase) {
        String key = key(phrase);
        stopPhrases.add(key);
        maxWords = Math.max(maxWords, key.split(" ").length);
    }

    void addBody(String phrase, Body body) {
        bodies.put(key(phrase).toLowerCase(Locale.ROOT), body);
    }

    void addBodyIfAbsent(String phrase, Body body) {
        bodies.putIfAbsent(key(phrase).toLowerCase(Locale.ROOT), body);
    }

    void addTitle(String phrase, Title title) {
        titles.put(key(phrase).toLowerCase(Locale.ROOT), title);
    }

    void addHolder(String iso3, String role, Entity person) {
        holders.computeIfAbsent(iso3 + "|" + role.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(person);
    }

    /** Lookup key: typographic apostrophes unified, spaces collapsed, a leading article dropped. */
    static String key(String surface) {
        String s = surface.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
        if (s.startsWith("the ") || s.startsWith("The ")) {
            s = s.substring(4);
        }
        return s;
    }

    private static String capitalise(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
