package dev.hera.model;

import java.time.Clock;
import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One message of a conversation log: the Hera interview or the family chat.
 *
 * @param speaker   {@value #USER}, {@value #HERA}, or a family member's role (e.g. 妻, 長女)
 * @param message   the text
 * @param timestamp when it was said
 */
@RegisterForReflection
public record ConversationEntry(String speaker, String message, Instant timestamp) {

    /** The speaker name of the user. */
    public static final String USER = "user";

    /** The speaker name of Hera. */
    public static final String HERA = "hera";

    /** A message from the user, stamped now. */
    public static ConversationEntry user(String message, Clock clock) {
        return new ConversationEntry(USER, message, Instant.now(clock));
    }

    /** A message from Hera, stamped now. */
    public static ConversationEntry hera(String message, Clock clock) {
        return new ConversationEntry(HERA, message, Instant.now(clock));
    }
}
