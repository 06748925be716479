package dev.hera.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The user's partner, real ({@code current_partner}) or wished for ({@code ideal_partner}).
 * To count as complete it needs a name, a temperament and an appearance.
 *
 * @param name              the partner's name
 * @param age               the partner's age
 * @param personalityTraits the partner's Big Five scores (not required)
 * @param temperament       the partner's personality in the user's words
 * @param hobbies           the partner's hobbies
 * @param speakingStyle     how the partner talks
 * @param appearance        the partner's looks; the reference's {@code face_description} and
 *                          {@code visual_traits} are read into it
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Partner(String name, Integer age, BigFive personalityTraits, String temperament, List<String> hobbies,
        String speakingStyle, @JsonAlias({ "face_description", "visual_traits" }) String appearance) {

    /** A copy with another appearance. */
    public Partner withAppearance(String newAppearance) {
        return new Partner(name, age, personalityTraits, temperament, hobbies, speakingStyle, newAppearance);
    }
}
