package org.geokg.model;

/** Kinds of actor; each is also a Neo4j label and an ontology class. */
public enum ActorType {
    Country("country"),
    Person("person"),
    Organization("org"),
    CriminalOrganization("crm"),
    GovernmentBody("gov"),
    MilitaryForce("mil"),
    InternationalOrganization("igo"),
    Location("loc");

    private final String idPrefix;

    ActorType(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public static ActorType parse(String name) {
        for (ActorType t : values()) {
            if (t.name().equalsIgnoreCase(name.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown actor type '" + name + "'");
    }
}
