package dev.hera.api.family;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.hera.model.ConversationEntry;
import dev.hera.model.FamilyPlan;
import dev.hera.model.TripInfo;
import dev.hera.work.TurnResult;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer to one family message: each member's reply, the whole family log,
 * the trip memo, whether the plan is complete and, once it is, the plan with story and letter.
 */
@RegisterForReflection
public record FamilyAnswer(List<TurnResult.FamilyLine> reply, List<ConversationEntry> conversationHistory, TripInfo familyTripInfo,
        boolean conversationComplete, @Schema(nullable = true) FamilyPlan familyPlan, String turnId) {
}
