package dev.hera.agent.interview.extract;

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
 */
record Context(Utterance utterance, Language language, UserProfile current, LastQuestion question, Subjects subjects) {

    String text() {
        return utterance.text;
    }

    String lower() {
        return utterance.lower;
    }

    Context withSubjects(Subjects newSubjects) {
        return new Context(utterance, language, current, question, newSubjects);
    }
}
