package dev.hera.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The family trip as discussed so far.
 *
 * @param destination where the family wants to go
 * @param activities  what they want to do there
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TripInfo(String destination, List<String> activities) {
}
