package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.List;

import dev.hera.model.Language;
import dev.hera.model.UserProfile;

/**
 * Everything an extractor may look at for one message.
 *
 * @param utterance the normalised message
 * @param language  the session's language (both languages are always read; it only breaks ties)
 * @param current   the profile so far (never null)
 * @param question  what Hera asked last
 * @param subjects  whom each part of the message is about
 * @param doubts    where the extractors note the names they are not sure of (not stored, asked
 *                  about instead); filled while the message is read
 */
record Context(Utterance utterance, Language language, UserProfile current, LastQuestion question, Subjects subjects,
        List<NameCheck> doubts) {

    Context(Utterance utterance, Language language, UserProfile current, LastQuestion question, Subjects subjects) {
        this(utterance, language, current, question, subjects, new ArrayList<>());
    }

    String text() {
        return utterance.text;
    }

    String lower() {
        return utterance.lower;
    }

    /** A name said where the words leave it unsure (a common word in a weak position): asked, not stored. */
    void doubt(NameCheck.Whose whose, String name) {
        if (doubts.stream().noneMatch(d -> d.name().equals(name))) {
            doubts.add(new NameCheck(whose, name));
        }
    }

    Context withSubjects(Subjects newSubjects) {
        return new Context(utterance, language, current, question, newSubjects, doubts);
    }
}
