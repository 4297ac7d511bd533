package org.geokg.model;

/** The 16 PLOVER event types, grouped by PLOVER's quad classes. */
public enum Plover {
    AGREE(QuadClass.VERBAL_COOPERATION),
    CONSULT(QuadClass.VERBAL_COOPERATION),
    SUPPORT(QuadClass.VERBAL_COOPERATION),
    CONCEDE(QuadClass.VERBAL_COOPERATION),
    COOPERATE(QuadClass.MATERIAL_COOPERATION),
    AID(QuadClass.MATERIAL_COOPERATION),
    RETREAT(QuadClass.MATERIAL_COOPERATION),
    REQUEST(QuadClass.VERBAL_CONFLICT),
    ACCUSE(QuadClass.VERBAL_CONFLICT),
    REJECT(QuadClass.VERBAL_CONFLICT),
    THREATEN(QuadClass.VERBAL_CONFLICT),
    PROTEST(QuadClass.MATERIAL_CONFLICT),
    SANCTION(QuadClass.MATERIAL_CONFLICT),
    MOBILIZE(QuadClass.MATERIAL_CONFLICT),
    COERCE(QuadClass.MATERIAL_CONFLICT),
    ASSAULT(QuadClass.MATERIAL_CONFLICT);

    public enum QuadClass { VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT }

    private final QuadClass quadClass;

    Plover(QuadClass quadClass) {
        this.quadClass = quadClass;
    }

    public QuadClass quadClass() {
        return quadClass;
    }

    /** Parses a type name case-insensitively, or fails naming the bad value. */
    public static Plover parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown PLOVER type '" + name + "'");
        }
    }
}
