package dev.hera.model;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The trip-plan flags of the family chat; persisted, unlike in the reference.
 *
 * @param prompted            the partner has proposed a plan to the user
 * @param confirmed           the user has agreed to the plan
 * @param complete            the story and the letter have been written
 * @param proposalDestination the destination of the plan that was proposed
 * @param proposalActivities  the activities of the plan that was proposed
 */
@RegisterForReflection
public record FamilyState(boolean prompted, boolean confirmed, boolean complete, String proposalDestination,
        List<String> proposalActivities) {

    /** Nothing proposed, nothing confirmed. */
    public static FamilyState initial() {
        return new FamilyState(false, false, false, null, null);
    }
}
