package dev.hera.agent.family.offline;

/** Where the family's plan stands when a member speaks. */
public enum PlanMoment {
    /** Planning: members react to what was said and (the first member) ask what is missing. */
    CHATTING,
    /**
     * The plan is proposed in this turn: the first member's reply ends with the proposal
     * ({@link MemberVoice#proposal}, after a blank line); the others look forward to it.
     */
    PROPOSING,
    /** The person has just agreed: everyone is happy. */
    CONFIRMED,
    /** The person has just said no: members take it gently and planning goes on. */
    DECLINED,
    /** Story and letter are written: warm short answers ({@link MemberVoice#afterCompletion}). */
    AFTER_COMPLETION
}
