package org.geokg.model;

import java.time.LocalDate;

/**
 * Who did what to whom: a PLOVER-coded event between two canonical actors, with its evidence. The id depends only
 * on what the event is (subject, type, object, date, negation, modality), so several reports of one event share it.
 */
public record Fact(String id, String subject, String object, Plover plover, String predicate, LocalDate date,
                   String evidence, String quote, String speaker, boolean negated, Modality modality,
                   double confidence, Provenance provenance) {

    public static String idOf(String subject, Plover plover, String object, LocalDate date, boolean negated,
                              Modality modality) {
        return Ids.hash(String.join("|", subject, plover.name(), object, date == null ? "" : date.toString(),
                Boolean.toString(negated), modality.label()));
    }

    /** True for what an analyst reads as having happened (or being reported): neither negated nor hypothetical. */
    public boolean asserted() {
        return !negated && modality != Modality.HYPOTHETICAL;
    }
}
