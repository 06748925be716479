package dev.hera.agent.interview.reply;

import java.util.List;

import dev.hera.model.Language;

/**
 * The phrasings of one slot in both languages. Each list needs at least two entries (tests check
 * three or more for the main slots) so that consecutive turns can differ.
 *
 * @param ja Japanese phrasings
 * @param en English phrasings
 */
record Phrases(List<String> ja, List<String> en) {

    Phrases {
        ja = List.copyOf(ja);
        en = List.copyOf(en);
    }

    static Phrases of(List<String> ja, List<String> en) {
        return new Phrases(ja, en);
    }

    /** The phrasings in {@code language}. */
    List<String> in(Language language) {
        return language == Language.EN ? en : ja;
    }

    /** How many phrasings there are in the language with fewer. */
    int size() {
        return Math.min(ja.size(), en.size());
    }
}
