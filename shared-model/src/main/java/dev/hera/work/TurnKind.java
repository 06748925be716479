package dev.hera.work;

/** What a queued turn asks the agent to do, and the records its request and result are read as. */
public enum TurnKind {
    /** Hera's first words in a new session. */
    GREETING(TurnRequest.Greeting.class, TurnResult.Greeting.class),
    /** One message of the interview with Hera. */
    INTERVIEW_MESSAGE(TurnRequest.InterviewMessage.class, TurnResult.InterviewReply.class),
    /** One message to the family. */
    FAMILY_MESSAGE(TurnRequest.FamilyMessage.class, TurnResult.FamilyReply.class),
    /** Prepare the family (personas) once the profile is complete. */
    PREPARE_FAMILY(TurnRequest.PrepareFamily.class, TurnResult.FamilyPrepared.class),
    /** Draw the partner's portrait. */
    PARTNER_PORTRAIT(TurnRequest.PartnerPortrait.class, TurnResult.Portraits.class),
    /** Draw a portrait of each wished-for child. */
    CHILD_PORTRAITS(TurnRequest.ChildPortraits.class, TurnResult.Portraits.class);

    private final Class<? extends TurnRequest> requestType;
    private final Class<? extends TurnResult> resultType;

    TurnKind(Class<? extends TurnRequest> requestType, Class<? extends TurnResult> resultType) {
        this.requestType = requestType;
        this.resultType = resultType;
    }

    /** The kind whose request is of the given type. */
    static TurnKind asking(Class<? extends TurnRequest> requestType) {
        for (TurnKind kind : values()) {
            if (kind.requestType == requestType) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no turn kind asks " + requestType.getName());
    }

    public Class<? extends TurnRequest> requestType() {
        return requestType;
    }

    public Class<? extends TurnResult> resultType() {
        return resultType;
    }
}
