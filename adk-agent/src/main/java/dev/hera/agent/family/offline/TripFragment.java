package dev.hera.agent.family.offline;

import java.util.List;

/**
 * What one message says about the trip.
 *
 * @param destination       the place the message settles on, as a label in the session's
 *                          language; null when the message names none
 * @param activities        activities wished for, as short labels, in order, without repeats
 * @param removedActivities activities the message rules out (「キャンプはやめよう」, "no camping")
 */
public record TripFragment(String destination, List<String> activities, List<String> removedActivities) {

    public TripFragment {
        activities = activities == null ? List.of() : List.copyOf(activities);
        removedActivities = removedActivities == null ? List.of() : List.copyOf(removedActivities);
    }

    /** Nothing about the trip. */
    public static TripFragment none() {
        return new TripFragment(null, List.of(), List.of());
    }

    /** True when the message said nothing about the trip. */
    public boolean isEmpty() {
        return destination == null && activities.isEmpty() && removedActivities.isEmpty();
    }
}
