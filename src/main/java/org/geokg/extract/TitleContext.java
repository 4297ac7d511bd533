package org.geokg.extract;

import java.util.Optional;
import org.geokg.model.ActorType;
import org.geokg.resolve.Gazetteer;

/**
 * Reads the title and country around a person's name: "Mexican President Claudia Sheinbaum", "Mexico's president,
 * Claudia Sheinbaum", "Marco Rubio, the secretary of state". The title's country is the person's country.
 */
final class TitleContext {
    private static final int WINDOW = 6;

    record Found(String title, String sector, String country) {
    }

    private final Gazetteer gazetteer;

    TitleContext(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Found around(Doc doc, Doc.Sent s, int start, int end) {
        Found before = scan(doc, s, Math.max(0, start - WINDOW), start);
        if (before.title() != null) {
            return before;
        }
        // "French national Olivier Grondeau", "Iranian activist X": a nationality right before the name.
        for (int i = Math.max(0, start - 2); i < start; i++) {
            Doc.MentionRef m = s.actorAt[i];
            if (m != null && m.kind() == Gazetteer.Kind.DEMONYM) {
                return new Found(null, null, m.entity().country());
            }
        }
        int after = end < s.tokens.size() && s.tokens.get(end).word().equals(",") ? end + 1 : end;
        return scan(doc, s, after, Math.min(s.tokens.size(), after + WINDOW));
    }

    private Found scan(Doc doc, Doc.Sent s, int from, int to) {
        String title = null;
        String sector = null;
        String country = null;
        for (int i = from; i < to; i++) {
            Doc.MentionRef m = s.actorAt[i];
            if (m != null) {
                if (m.entity().type() == ActorType.Country) {
                    country = m.entity().country();
                }
                continue;
            }
            for (int n = Math.min(4, to - i); n >= 1; n--) {
                String phrase = doc.text(s.tokens.get(i).beginPosition(), s.tokens.get(i + n - 1).endPosition());
                Optional<Gazetteer.Title> t = gazetteer.title(phrase);
                if (t.isPresent()) {
                    title = t.get().title();
                    sector = t.get().sector();
                    if (country == null) {
                        country = t.get().defaultCountry();
                    }
                    i += n - 1;
                    break;
                }
            }
        }
        if (title == null) {
            return new Found(null, null, null);
        }
        return new Found(title, sector, country);
    }
}
