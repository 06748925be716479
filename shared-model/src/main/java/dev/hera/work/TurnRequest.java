package dev.hera.work;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the API asks of the agent, one record per {@link TurnKind}. Both services read and write
 * the request through these records, so its JSON field names live here and nowhere else.
 */
public sealed interface TurnRequest {

    /** The kind of turn this request asks for. */
    default TurnKind kind() {
        return TurnKind.asking(getClass());
    }

    /** Hera's first words in a new session. */
    @RegisterForReflection
    record Greeting() implements TurnRequest {
    }

    /** One message of the interview with Hera. */
    @RegisterForReflection
    record InterviewMessage(String message) implements TurnRequest {
    }

    /** One message to the family. */
    @RegisterForReflection
    record FamilyMessage(String message) implements TurnRequest {
    }

    /** Prepare the family (personas) once the profile is complete. */
    @RegisterForReflection
    record PrepareFamily() implements TurnRequest {
    }

    /** Draw the partner's portrait; the target is always {@value #PARTNER}. */
    @RegisterForReflection
    record PartnerPortrait(String target) implements TurnRequest {

        /** The only portrait target a client may ask for by name. */
        public static final String PARTNER = "partner";

        public PartnerPortrait() {
            this(PARTNER);
        }
    }

    /** Draw a portrait of each wished-for child. */
    @RegisterForReflection
    record ChildPortraits() implements TurnRequest {
    }
}
