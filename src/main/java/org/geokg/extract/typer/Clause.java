package org.geokg.extract.typer;

/**
 * What the typer reads of a sentence for one pair: the sentence, and the stretch from the first of the two actors
 * to the last with the actor written as X and the recipient as Y ("X imposed tariffs on Y", "Y was shelled by
 * X"). The first carries the context, the second who does what to whom.
 *
 * @param sentence the sentence text
 * @param actorBegin start of the actor's mention, a character offset into the sentence
 * @param actorEnd end of the actor's mention (exclusive)
 * @param recipientBegin start of the recipient's mention
 * @param recipientEnd end of the recipient's mention (exclusive)
 */
public record Clause(String sentence, int actorBegin, int actorEnd, int recipientBegin, int recipientEnd) {
    /** Words kept from each end of a long stretch between the two actors. */
    private static final int KEEP = 20;

    public Clause {
        if (actorBegin < 0 || actorEnd > sentence.length() || recipientBegin < 0 || recipientEnd > sentence.length()
                || actorBegin >= actorEnd || recipientBegin >= recipientEnd) {
            throw new IllegalArgumentException("actor or recipient outside the sentence: " + sentence);
        }
        if (actorBegin < recipientEnd && recipientBegin < actorEnd) {
            throw new IllegalArgumentException("actor and recipient overlap: " + sentence);
        }
    }

    /** The clause of a labeled sentence: the first occurrence of the actor, the recipient's first one apart from it. */
    public static Clause of(String sentence, String actor, String recipient) {
        int a = sentence.indexOf(actor);
        int r = sentence.indexOf(recipient);
        while (r >= 0 && a >= 0 && r < a + actor.length() && a < r + recipient.length()) {
            r = sentence.indexOf(recipient, r + 1);
        }
        if (a < 0 || r < 0) {
            throw new IllegalArgumentException("'" + (a < 0 ? actor : recipient) + "' is not in the sentence");
        }
        return new Clause(sentence, a, a + actor.length(), r, r + recipient.length());
    }

    /** The stretch between the two mentions, marked X (actor) and Y (recipient). */
    String between() {
        boolean actorFirst = actorBegin < recipientBegin;
        int from = Math.min(actorBegin, recipientBegin);
        int to = Math.max(actorEnd, recipientEnd);
        String middle = sentence.substring(actorFirst ? actorEnd : recipientEnd, actorFirst ? recipientBegin : actorBegin);
        String[] words = middle.trim().split("\\s+");
        if (words.length > 2 * KEEP) {
            middle = " " + String.join(" ", java.util.Arrays.copyOfRange(words, 0, KEEP)) + " ... "
                    + String.join(" ", java.util.Arrays.copyOfRange(words, words.length - KEEP, words.length)) + " ";
        }
        assert to > from;
        return (actorFirst ? "X" : "Y") + middle + (actorFirst ? "Y" : "X");
    }

    /** The features: the sentence's vector, then the marked stretch's. */
    float[] features() {
        float[] out = new float[2 * Encoder.DIM];
        System.arraycopy(Encoder.embed(sentence), 0, out, 0, Encoder.DIM);
        System.arraycopy(Encoder.embed(between()), 0, out, Encoder.DIM, Encoder.DIM);
        return out;
    }
}
