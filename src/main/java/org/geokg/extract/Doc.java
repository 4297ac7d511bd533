package org.geokg.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geokg.model.Article;
import org.geokg.model.Entity;
import org.geokg.model.Fact;
import org.geokg.model.Mention;
import org.geokg.model.Modality;
import org.geokg.resolve.Gazetteer;

/** The working state of one article as it passes through the stages. Confined to one thread. */
final class Doc {

    /** An actor named at tokens [start, end) of a sentence. */
    record MentionRef(Entity entity, int start, int end, Gazetteer.Kind kind, String method) {
    }

    /** A quoted span of a sentence in character offsets of the article, and who said it. */
    record Quote(int begin, int end, String text, Entity speaker) {
    }

    static final class Sent {
        final int index;
        final CoreSentence core;
        final List<CoreLabel> tokens;
        final SemanticGraph graph;
        final int begin;
        final int end;
        final MentionRef[] actorAt;
        final List<Quote> quotes = new ArrayList<>();
        Entity speaker;
        LocalDate date;
        /** The sentence before, for looking back at what was named. */
        Sent previous;
        /** The last actor other than a person that was a clause's subject in an earlier sentence: what "It" is. */
        Entity subjectBefore;

        Sent(int index, CoreSentence core) {
            this.index = index;
            this.core = core;
            this.tokens = core.tokens();
            this.graph = core.dependencyParse();
            this.begin = tokens.get(0).beginPosition();
            this.end = tokens.get(tokens.size() - 1).endPosition();
            this.actorAt = new MentionRef[tokens.size()];
        }

        Quote quoteAt(int charPos) {
            for (Quote q : quotes) {
                if (charPos >= q.begin() && charPos < q.end()) {
                    return q;
                }
            }
            return null;
        }
    }

    /** An event found in a sentence before it becomes a {@link Fact}. */
    static final class Candidate {
        final Sent sent;
        final int anchor;
        Entity subject;
        final Entity object;
        Lexicon.Frame frame;
        final String method;
        final double actorFactor;
        boolean negated;
        Modality modality = Modality.ASSERTED;
        Entity speaker;
        String quote;
        LocalDate date;

        Candidate(Sent sent, int anchor, Entity subject, Entity object, Lexicon.Frame frame, String method,
                  double actorFactor) {
            this.sent = sent;
            this.anchor = anchor;
            this.subject = subject;
            this.object = object;
            this.frame = frame;
            this.method = method;
            this.actorFactor = actorFactor;
        }
    }

    final Article article;
    CoreDocument nlp;
    final List<Sent> sentences = new ArrayList<>();
    final Map<String, Entity> entities = new LinkedHashMap<>();
    final List<Mention> mentions = new ArrayList<>();
    final List<Candidate> candidates = new ArrayList<>();
    final List<Fact> facts = new ArrayList<>();
    /** Events with an actor but no target yet, for the sentence being read. */
    final List<Complements.Open> openEvents = new ArrayList<>();
    /** "sentence:token" of complement verbs whose event a promise already stands for. */
    final java.util.Set<String> consumed = new java.util.HashSet<>();
    final Map<String, Long> stageNanos = new LinkedHashMap<>();
    /** People learnt from this article's text, by full name and by surname. */
    final Map<String, Entity> learnedPeople = new java.util.HashMap<>();
    /** Bodies named, by each word of their name, with where: "the ministry" means the last ministry named before. */
    private final Map<String, List<BodyAt>> bodies = new java.util.HashMap<>();

    private record BodyAt(int sent, int token, Entity entity) {
    }
    /** Who last did each type of event so far: "condemned the strikes" means the last striker. */
    final Map<org.geokg.model.Plover, Entity> lastActorByType = new java.util.EnumMap<>(org.geokg.model.Plover.class);
    /** Office holders named in this article, by "ISO3|title" ("MEX|president"). */
    final Map<String, Entity> roleHolders = new java.util.HashMap<>();

    Doc(Article article) {
        this.article = article;
    }

    String text(int begin, int end) {
        return article.text().substring(begin, end);
    }

    String text(Sent s) {
        return text(s.begin, s.end);
    }

    /** Records that an entity is named here; the first record of an id keeps its canonical form. */
    void mention(Sent s, MentionRef ref) {
        for (int i = ref.start(); i < ref.end(); i++) {
            s.actorAt[i] = ref;
        }
        Entity e = ref.entity();
        entities.merge(e.id(), e, (a, b) -> a);
        rememberBody(e, s.index, ref.start());
        int begin = s.tokens.get(ref.start()).beginPosition();
        int end = s.tokens.get(ref.end() - 1).endPosition();
        mentions.add(new Mention(e.id(), text(begin, end), s.index, begin, end));
    }

    void rememberBody(Entity e, int sent, int token) {
        Sent at = sentences.get(sent);
        // by the word it was called here too: Mexico's "foreign ministry" is the Secretariat of Foreign Affairs
        // and by its other names: NATO is "the North Atlantic Alliance", so "the alliance"
        String called = at.tokens.get(token).word() + " " + e.name() + " " + String.join(" ", e.aliases());
        if (e.type() != org.geokg.model.ActorType.Country && e.type() != org.geokg.model.ActorType.Person) {
            for (String word : called.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
                if (word.length() > 3) {
                    bodies.computeIfAbsent(word, k -> new ArrayList<>()).add(new BodyAt(sent, token, e));
                }
            }
        }
    }

    /**
     * The body last named before a position with this word in its name. Positions, not reading order: events are
     * read after all names, and "the ministry" must not mean one named later.
     */
    Entity recentBody(String word, int sent, int token) {
        BodyAt best = null;
        for (BodyAt b : bodies.getOrDefault(word, List.of())) {
            boolean before = b.sent() < sent || b.sent() == sent && b.token() < token;
            if (before && (best == null || b.sent() > best.sent() || b.sent() == best.sent() && b.token() > best.token())) {
                best = b;
            }
        }
        return best == null ? null : best.entity();
    }

    /**
     * The organization of one of these sectors last named before a position: "the bloc" after ECOWAS, "the rebels"
     * after M23. States and people are named by their own words, never by a class noun.
     */
    Entity recentOfSector(java.util.Set<String> sectors, int sent, int token) {
        int at = sentences.get(sent).tokens.get(token).beginPosition();
        Mention best = null;
        for (Mention m : mentions) {
            Entity e = entities.get(m.entityId());
            boolean before = m.sentence() < sent || m.sentence() == sent && m.end() <= at;
            if (before && e != null && e.type() != org.geokg.model.ActorType.Country
                    && e.type() != org.geokg.model.ActorType.Person && sectors.contains(String.valueOf(e.sector()))
                    && (best == null || m.begin() > best.begin())) {
                best = m;
            }
        }
        return best == null ? null : entities.get(best.entityId());
    }

    private final java.util.Set<String> noted = new java.util.HashSet<>();

    /** Records a mention found while reading events (a body or office), once per span. */
    void note(Sent s, int start, int end, Entity e) {
        if (noted.add(s.index + ":" + start + ":" + end + ":" + e.id())) {
            rememberBody(e, s.index, end - 1);
            int begin = s.tokens.get(start).beginPosition();
            int stop = s.tokens.get(end - 1).endPosition();
            mentions.add(new Mention(e.id(), text(begin, stop), s.index, begin, stop));
        }
    }

    /** The country named most often so far (directly or through its people and bodies): the story's home. */
    String homeCountry() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        String best = null;
        for (Mention m : mentions) {
            Entity e = entities.get(m.entityId());
            if (e != null && e.country() != null) {
                int n = counts.merge(e.country(), 1, Integer::sum);
                if (best == null || n > counts.get(best)) {
                    best = e.country();
                }
            }
        }
        return best;
    }

    /** An entity the extraction refers to without naming it at a token (a body's country, a speaker). */
    Entity use(Entity e) {
        return entities.merge(e.id(), e, (a, b) -> a);
    }
}
