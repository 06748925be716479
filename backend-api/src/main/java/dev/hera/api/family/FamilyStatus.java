package dev.hera.api.family;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.hera.model.ConversationEntry;
import dev.hera.model.FamilyPlan;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer to {@code GET /api/sessions/{id}/family/status} (the reference's fields, plus the
 * plan the reference frontend reads and the family members).
 *
 * @param conversationHistory  the family chat log {@code [{speaker, message, timestamp}]}
 * @param familyTripInfo       {@code {destination?, activities?}} as discussed so far
 * @param conversationComplete whether the plan is agreed and its story and letter are written
 * @param familyPlan           the plan with story and letter, or null until then
 * @param personas             the family members, empty until the family is prepared
 */
@RegisterForReflection
public record FamilyStatus(List<ConversationEntry> conversationHistory, TripInfo familyTripInfo,
        boolean conversationComplete, @Schema(nullable = true) FamilyPlan familyPlan, List<Persona> personas) {
}
