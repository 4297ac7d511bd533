package org.geokg.model;

import java.util.List;

/**
 * A canonical actor: the same id in every article and run. {@code country} is the ISO 3166-1 alpha-3 code of the
 * country the actor is or belongs to; {@code sector} a PLOVER sector code; {@code role} a person's title.
 */
public record Entity(String id, String name, ActorType type, String country, String sector, String wikidata,
                     String role, List<String> aliases) {
    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Entity withAliases(List<String> more) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(aliases);
        all.addAll(more);
        all.remove(name);
        return new Entity(id, name, type, country, sector, wikidata, role, List.copyOf(all));
    }
}
