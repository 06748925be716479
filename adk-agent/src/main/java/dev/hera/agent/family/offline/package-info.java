/**
 * The offline family engine's language parts: pure, deterministic and thread-safe (immutable
 * tables, no shared random state, no network, no reflection), in Japanese and English.
 * <ul>
 * <li>{@link dev.hera.agent.family.offline.TripExtractor}: destination and activities out of a
 * message, with changes of mind and ruled-out activities.</li>
 * <li>{@link dev.hera.agent.family.offline.PlanAnswer}: the person's yes, no or neither to a
 * proposed plan.</li>
 * <li>{@link dev.hera.agent.family.offline.MemberVoice}: each member's reply in its own voice, the
 * plan proposal and the after-completion answers.</li>
 * <li>{@link dev.hera.agent.family.offline.StoryWriter} and
 * {@link dev.hera.agent.family.offline.LetterWriter}: the story of the trip and the letter from
 * the future family, fitted to the reference lengths.</li>
 * </ul>
 * Decisions: generic places (海, the beach, 山, the park, grandma's house) are a destination only
 * when the person goes there and names no known place; labels come back in the session's
 * language; Japanese lengths count code points without whitespace, English lengths count words.
 */
package dev.hera.agent.family.offline;
