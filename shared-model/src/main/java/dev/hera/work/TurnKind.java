package dev.hera.work;

/** What a queued turn asks the agent to do. */
public enum TurnKind {
    /** Hera's first words in a new session: request {@code {}}. */
    GREETING,
    /** One message of the interview with Hera: request {@code {message}}. */
    INTERVIEW_MESSAGE,
    /** One message to the family: request {@code {message}}. */
    FAMILY_MESSAGE,
    /** Prepare the family (personas) once the profile is complete: request {@code {}}. */
    PREPARE_FAMILY,
    /** Draw the partner's portrait: request {@code {target: "partner"}}. */
    PARTNER_PORTRAIT,
    /** Draw a portrait of each wished-for child: request {@code {}}. */
    CHILD_PORTRAITS
}
