package dev.hera.model;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A language model's rolling summary of a session's interview (key {@code conversation_summary}):
 * what was said before the turns a prompt repeats word for word.
 *
 * @param text the summary, bounded in length
 */
@RegisterForReflection
public record ConversationSummary(String text) {
}
