package org.geokg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geokg.model.ActorType;
import org.geokg.model.Entity;

/** Fills a {@link Gazetteer} from the TSV files; adding an actor is a data change, never a code change. */
final class GazetteerLoader {
    private GazetteerLoader() {
    }

    static void loadInto(Gazetteer g) {
        for (Map<String, String> row : Tsv.read("gazetteer/titles.tsv")) {
            Gazetteer.Title title = new Gazetteer.Title(row.get("title"), Tsv.orNull(row.get("sector")),
                    Tsv.orNull(row.get("default_country")));
            g.addTitle(row.get("title"), title);
            Tsv.list(row.get("aliases")).forEach(a -> g.addTitle(a, title));
        }
        Tsv.read("gazetteer/stop_phrases.tsv").forEach(row -> g.addStopPhrase(row.get("phrase")));
        countries(g);
        organisations(g);
        people(g);
        places(g);
        for (Map<String, String> row : Tsv.read("gazetteer/bodies.tsv")) {
            String slug = Tsv.orNull(row.get("slug"));
            ActorType type = ActorType.parse(row.get("type"));
            Gazetteer.Body body = new Gazetteer.Body(row.get("phrase"), type, Tsv.orNull(row.get("sector")),
                    type == ActorType.Country ? null : slug);
            g.addBody(row.get("phrase"), body);
            Tsv.list(row.get("aliases")).forEach(a -> g.addBody(a, body));
        }
        agents(g);
    }

    /**
     * Common-noun actors ("troops", "riot police", "protesters") from the agents lexicon, as generic bodies of the
     * country that qualifies them; the bodies file, read first, keeps its phrases.
     */
    private static void agents(Gazetteer g) {
        for (Map<String, String> row : rows("lexicon/agents.tsv")) {
            String sector = row.get("sector");
            ActorType type = agentType(sector);
            // "French diplomats", "Iranian officials" speak for the state: CAMEO's FRAGOV is France
            Gazetteer.Body body = new Gazetteer.Body(row.get("head"), type, type == ActorType.Country ? null : sector,
                    type == ActorType.Country ? null : row.get("head").replace(' ', '-'));
            List<String> forms = new ArrayList<>(List.of(row.get("head")));
            forms.addAll(Tsv.list(row.get("forms")));
            // a title ("ambassador", "envoy") names an office holder, read by the title rules
            forms.stream().filter(f -> g.title(f).isEmpty()).forEach(f -> g.addBodyIfAbsent(f, body));
        }
    }

    private static ActorType agentType(String sector) {
        return switch (sector) {
            case "MIL" -> ActorType.MilitaryForce;
            case "GOV" -> ActorType.Country;
            case "COP", "JUD", "LEG", "SPY" -> ActorType.GovernmentBody;
            case "CRM" -> ActorType.CriminalOrganization;
            case "IGO" -> ActorType.InternationalOrganization;
            default -> ActorType.Organization;
        };
    }

    private static void countries(Gazetteer g) {
        for (Map<String, String> row : Tsv.read("gazetteer/countries.tsv")) {
            String iso3 = row.get("iso3");
            List<String> aliases = new ArrayList<>(Tsv.list(row.get("aliases")));
            Entity e = new Entity("country:" + iso3, row.get("name"), ActorType.Country, iso3, "GOV",
                    Tsv.orNull(row.get("qid")), null, aliases);
            g.addEntity(e);
            g.addSurface(e.name(), e, Gazetteer.Kind.NAME);
            aliases.forEach(a -> g.addSurface(a, e, Gazetteer.Kind.NAME));
            Tsv.list(row.get("demonyms")).forEach(a -> g.addSurface(a, e, Gazetteer.Kind.DEMONYM));
            Tsv.list(row.get("metonyms")).forEach(a -> g.addSurface(a, e, Gazetteer.Kind.METONYM));
        }
    }

    /** Places last: a name that is also a country, body or person keeps that meaning. */
    private static void places(Gazetteer g) {
        if (GazetteerLoader.class.getClassLoader().getResource("gazetteer/places.tsv") == null) {
            return;
        }
        for (Map<String, String> row : Tsv.read("gazetteer/places.tsv")) {
            g.country(row.get("iso3")).ifPresent(country -> {
                g.addSurface(row.get("place"), country, Gazetteer.Kind.PLACE);
                Tsv.list(row.get("aliases")).forEach(a -> g.addSurface(a, country, Gazetteer.Kind.PLACE));
            });
        }
    }

    /** Rows of the files that exist, in order: an earlier file's surface form wins over a later one's. */
    private static List<Map<String, String>> rows(String... files) {
        List<Map<String, String>> out = new ArrayList<>();
        for (String f : files) {
            if (GazetteerLoader.class.getClassLoader().getResource(f) != null) {
                out.addAll(Tsv.read(f));
            }
        }
        return out;
    }

    private static void organisations(Gazetteer g) {
        for (Map<String, String> row : rows("gazetteer/organizations.tsv", "gazetteer/organizations_more.tsv")) {
            List<String> aliases = Tsv.list(row.get("aliases"));
            Entity e = new Entity(row.get("id"), row.get("name"), ActorType.parse(row.get("type")),
                    Tsv.orNull(row.get("country")), Tsv.orNull(row.get("sector")), Tsv.orNull(row.get("qid")),
                    null, aliases);
            g.addEntity(e);
            g.addSurface(e.name(), e, Gazetteer.Kind.NAME);
            aliases.forEach(a -> g.addSurface(a, e, Gazetteer.Kind.NAME));
        }
    }

    private static void people(Gazetteer g) {
        for (Map<String, String> row : rows("gazetteer/people.tsv", "gazetteer/people_more.tsv", "gazetteer/people_past.tsv")) {
            List<String> aliases = Tsv.list(row.get("aliases"));
            String country = Tsv.orNull(row.get("country"));
            String role = Tsv.orNull(row.get("role"));
            Entity e = new Entity(row.get("id"), row.get("name"), ActorType.Person, country,
                    Tsv.orNull(row.get("sector")), Tsv.orNull(row.get("qid")), role, aliases);
            g.addEntity(e);
            g.addSurface(e.name(), e, Gazetteer.Kind.NAME);
            // "President Xi" would hide the longer "Xi Jinping" that follows the title; titles are read apart.
            aliases.stream().filter(a -> g.title(a.split(" ")[0]).isEmpty()).forEach(a -> g.addSurface(a, e,
                    Gazetteer.Kind.NAME));
            if (country != null && role != null) {
                g.addHolder(country, role, e);
            }
        }
    }
}
