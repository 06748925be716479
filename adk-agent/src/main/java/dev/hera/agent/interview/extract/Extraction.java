package dev.hera.agent.interview.extract;

import java.util.List;
import java.util.Set;

import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;

/**
 * What one user message said about the profile.
 *
 * @param fragment   only the fields found in this message, everything else null; meant to be
 *                   deep-merged into the stored profile with {@code ProfileMerge.merge}
 * @param understood short machine-readable notes of what was understood, in the order of the
 *                   profile fields, as {@code key=value} with the profile's JSON names, e.g.
 *                   {@code age=32}, {@code gender=女性}, {@code ideal_partner.name=けんた},
 *                   {@code user_personality_traits.openness=0.75}, {@code children_info[1]=女/みお}
 *                   ({@code ?} for an unknown part); the reply builder localises them
 * @param corrected  the fields the person explicitly corrected in this message
 *                   (「いや、35です」, "Actually I'm 34, not 33")
 * @param nameCheck  a name the message seemed to give but that is also a common word, said where
 *                   nothing else shows it is a name: not in the fragment; Hera asks about it
 *                   ({@link NameCheck#question}); null when there is none
 */
public record Extraction(UserProfile fragment, List<String> understood, Set<ProfileField> corrected, NameCheck nameCheck) {

    public Extraction {
        fragment = fragment == null ? UserProfile.empty() : fragment;
        understood = List.copyOf(understood);
        corrected = Set.copyOf(corrected);
    }

    public Extraction(UserProfile fragment, List<String> understood, Set<ProfileField> corrected) {
        this(fragment, understood, corrected, null);
    }

    /** Nothing was understood. */
    public static Extraction none() {
        return new Extraction(UserProfile.empty(), List.of(), Set.of());
    }

    /** Whether nothing was understood. */
    public boolean isEmpty() {
        return understood.isEmpty();
    }
}
