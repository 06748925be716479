package dev.hera.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A member of the user's future family, generated once and then kept stable.
 *
 * @param id            stable identifier within the session
 * @param role          the member's role as the family says it (妻, 夫, 長女, ...); used as the speaker
 * @param name          the member's name (taken from the profile where the user gave one)
 * @param relation      {@value #PARTNER} or {@value #CHILD}
 * @param age           the member's age
 * @param gender        the child's gender (children only)
 * @param traits        Big Five scores
 * @param speakingStyle how the member talks
 * @param traitWords    a few words describing the member
 * @param background    a short background story
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Persona(String id, String role, String name, String relation, Integer age, ChildGender gender,
        BigFive traits, String speakingStyle, List<String> traitWords, String background) {

    /** The relation of the user's partner. */
    public static final String PARTNER = "partner";

    /** The relation of a child. */
    public static final String CHILD = "child";
}
