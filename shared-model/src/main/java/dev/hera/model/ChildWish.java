package dev.hera.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A child the user wishes for. To count, a child needs both a gender and a name.
 *
 * @param desiredGender boy or girl
 * @param name          the name the user has in mind
 * @param order         birth order (1 = first child), when the user said so
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ChildWish(ChildGender desiredGender, String name, Integer order) {
}
