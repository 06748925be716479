package dev.hera.agent.family.offline;

import dev.hera.model.TripInfo;

/**
 * What a member knows when answering one message of the person.
 *
 * @param userMessage   what the person just said
 * @param trip          the trip after this message was taken in (may be null or empty)
 * @param justExtracted what this message said about the trip (may be null)
 * @param turnNumber    the number of the person's message in the family chat; consecutive turns
 *                      never give a member the same reply
 * @param seed          the session's seed (same session, same replies)
 * @param isFirstMember true for the family member who proposes the plan (whatever its role)
 * @param moment        where the plan stands
 */
public record MemberContext(String userMessage, TripInfo trip, TripFragment justExtracted, int turnNumber, long seed,
        boolean isFirstMember, PlanMoment moment) {
}
