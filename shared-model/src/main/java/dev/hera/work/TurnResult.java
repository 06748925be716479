package dev.hera.work;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.hera.model.Persona;
import dev.hera.model.UserProfile;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the agent answers, one record per {@link TurnKind}. The agent writes these, the API
 * reads them (and passes the portraits' through to the client), so the JSON field names of a
 * turn's result live here and nowhere else.
 */
public sealed interface TurnResult {

    /** Hera's first words. */
    @RegisterForReflection
    record Greeting(String reply) implements TurnResult {
    }

    /** Whether the interview has everything it needs. */
    enum InterviewStatus {
        COMPLETED, INCOMPLETE
    }

    /**
     * Hera's reply to one interview message.
     *
     * @param reply               what Hera says (the completion message on the turn that completes the profile)
     * @param sessionStatus       whether the profile is complete after this message
     * @param completionMessage   said once, on the turn that completes the profile; else null
     * @param lastExtractedFields what this message added to the profile
     * @param engine              which engine answered (the model's name, or offline)
     */
    @RegisterForReflection
    record InterviewReply(String reply, InterviewStatus sessionStatus, String completionMessage,
            UserProfile lastExtractedFields, String engine) implements TurnResult {
    }

    /** One family member's line in answer to a message. */
    @RegisterForReflection
    record FamilyLine(String speaker, String name, String message, Instant timestamp) {
    }

    /** The family's replies to one message, and whether the trip plan is settled. */
    @RegisterForReflection
    record FamilyReply(List<FamilyLine> reply, boolean conversationComplete) implements TurnResult {
    }

    /** The family, ready to talk. */
    @RegisterForReflection
    record FamilyPrepared(List<Persona> personas, boolean familyReady) implements TurnResult {
    }

    /**
     * A stored image.
     *
     * @param name        its name among the session's photos
     * @param imageUrl    where it is served
     * @param contentType its media type
     * @param size        its length in bytes
     */
    @RegisterForReflection
    record PortraitImage(String name, String imageUrl, String contentType, long size) {
    }

    /** One child's portrait: who it shows (when known) and how it was drawn. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChildPortrait(String name, String gender, String imageUrl, String engine) {
    }

    /**
     * What was drawn and how.
     *
     * @param target     {@code partner} or {@code child}
     * @param engine     the image engine, or {@code mixed} when the children were drawn by different ones
     * @param promptUsed the partner's description the portrait was drawn from (partner only)
     * @param children   each child's portrait (children only)
     */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PortraitMeta(String target, String engine, String promptUsed, List<ChildPortrait> children) {

        public static final String PARTNER = TurnRequest.PartnerPortrait.PARTNER;
        public static final String CHILD = "child";
        /** The engine named when the children's portraits were not all drawn by the same one. */
        public static final String MIXED = "mixed";
    }

    /**
     * Newly drawn portraits.
     *
     * @param imageUrl where the (first) new image is served
     * @param images   every new image
     * @param meta     what was drawn and how
     */
    @RegisterForReflection
    record Portraits(String imageUrl, List<PortraitImage> images, PortraitMeta meta) implements TurnResult {
    }
}
