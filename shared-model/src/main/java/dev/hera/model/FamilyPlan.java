package dev.hera.model;

import java.util.List;
import java.util.Objects;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The agreed family trip with its story and letter. A snapshot: the lists are copied, so later
 * messages never leak into a stored plan. Absent lists become empty; null items are dropped.
 *
 * @param destination     where the family goes
 * @param activities      what they do there
 * @param story           the story of the trip
 * @param letter          the letter from the future family to the user
 * @param conversationLog the family chat as it was when the plan was made
 */
@RegisterForReflection
public record FamilyPlan(String destination, List<String> activities, String story, String letter,
        List<ConversationEntry> conversationLog) {

    public FamilyPlan {
        activities = snapshot(activities);
        conversationLog = snapshot(conversationLog);
    }

    private static <T> List<T> snapshot(List<T> items) {
        return items == null ? List.of() : List.copyOf(items.stream().filter(Objects::nonNull).toList());
    }
}
