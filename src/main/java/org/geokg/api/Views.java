package org.geokg.api;

import java.util.List;
import java.util.Map;

/**
 * The JSON shapes the API answers with, built from the rows of the {@code cypher/read/api-*} queries. Facts carry
 * their actors as objects (id, name, type, country), so an answer reads without a second call.
 */
final class Views {
    private Views() {
    }

    /** An actor as a fact or relationship refers to it. */
    record ActorRef(String id, String name, String type, String country) {
        static ActorRef of(Object value) {
            if (!(value instanceof Map<?, ?> m)) {
                return null;
            }
            return new ActorRef(str(m, "id"), str(m, "name"), str(m, "type"), str(m, "country"));
        }
    }

    /** One fact: who did what to whom, when, with its evidence and the articles that report it. */
    record FactView(String id, String plover, String predicate, String date, boolean negated, String modality,
                    double confidence, String evidence, String quote, ActorRef subject, ActorRef object,
                    ActorRef speaker, List<String> articles) {
        static FactView of(Map<String, Object> row) {
            return new FactView(str(row, "id"), str(row, "plover"), str(row, "predicate"), str(row, "date"),
                    Boolean.TRUE.equals(row.get("negated")), str(row, "modality"), dbl(row, "confidence"),
                    str(row, "evidence"), str(row, "quote"), ActorRef.of(row.get("subject")),
                    ActorRef.of(row.get("object")), ActorRef.of(row.get("speaker")), strings(row, "articles"));
        }
    }

    /** A stored article with the facts read from it. */
    record ArticleView(String id, String title, String published, String source, String url, long sentences,
                       String ingestedAt, String text, List<FactView> facts) {
        static ArticleView of(Map<String, Object> row, List<FactView> facts) {
            return new ArticleView(str(row, "id"), str(row, "title"), str(row, "published"), str(row, "source"),
                    str(row, "url"), lng(row, "sentences"), str(row, "ingestedAt"), str(row, "text"), facts);
        }
    }

    /** The answer to one posted article: its id, whether this request stored it, and its facts. */
    record Ingested(String id, boolean stored, List<FactView> facts) {
    }

    /** The answer to several posted articles, in the order given. */
    record IngestedBatch(int articles, long stored, long alreadyStored, List<Ingested> results) {
        static IngestedBatch of(List<Ingested> results) {
            long stored = results.stream().filter(Ingested::stored).count();
            return new IngestedBatch(results.size(), stored, results.size() - stored, results);
        }
    }

    /** One page of facts; {@code total} counts all pages. */
    record FactsPage(int page, int size, long total, List<FactView> facts) {
    }

    /** A full-text search hit. */
    record ActorHit(String id, String name, String type, String country, List<String> aliases, long facts,
                    double score) {
        static ActorHit of(Map<String, Object> row) {
            return new ActorHit(str(row, "id"), str(row, "name"), str(row, "type"), str(row, "country"),
                    strings(row, "aliases"), lng(row, "facts"), dbl(row, "score"));
        }
    }

    /** What an actor belongs to: HOLDS_ROLE (with the title), PART_OF or BASED_IN. */
    record Membership(String relation, String title, ActorRef actor) {
        static Membership of(Object value) {
            Map<?, ?> m = (Map<?, ?>) value;
            return new Membership(str(m, "relation"), str(m, "title"), ActorRef.of(m.get("actor")));
        }
    }

    /** A direct relationship with one counterpart: the number of asserted facts and their first and last date. */
    record Link(ActorRef actor, long count, String first, String last) {
        static Link of(Map<String, Object> row) {
            return new Link(ActorRef.of(row.get("actor")), lng(row, "count"), str(row, "first"), str(row, "last"));
        }
    }

    /** The relationships of one PLOVER type: facts in all, those the actor did, and those done to it. */
    record Relations(long facts, List<Link> outgoing, List<Link> incoming) {
    }

    /** An actor with what it belongs to, fact counts and its relationships by PLOVER type. */
    record ActorView(String id, String name, String type, String country, String sector, String wikidata,
                     String role, List<String> aliases, List<Membership> memberOf, long members, long asSubject,
                     long asObject, Map<String, Relations> relations) {
        static ActorView of(Map<String, Object> row, Map<String, Relations> relations) {
            List<Membership> memberOf = ((List<?>) row.get("memberOf")).stream().map(Membership::of).toList();
            return new ActorView(str(row, "id"), str(row, "name"), str(row, "type"), str(row, "country"),
                    str(row, "sector"), str(row, "wikidata"), str(row, "role"), strings(row, "aliases"), memberOf,
                    lng(row, "members"), lng(row, "asSubject"), lng(row, "asObject"), relations);
        }
    }

    /** The rows of a library query, columns in the query's order. */
    record QueryAnswer(String query, List<String> columns, List<Map<String, Object>> rows) {
    }

    private static String str(Map<?, ?> row, String key) {
        Object v = row.get(key);
        return v == null ? null : v.toString();
    }

    private static long lng(Map<?, ?> row, String key) {
        return row.get(key) instanceof Number n ? n.longValue() : 0;
    }

    private static double dbl(Map<?, ?> row, String key) {
        return row.get(key) instanceof Number n ? n.doubleValue() : 0;
    }

    private static List<String> strings(Map<?, ?> row, String key) {
        return row.get(key) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
