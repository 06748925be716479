package dev.hera.agent.model;

/** A model call that gave no usable answer: the caller answers with the offline engine instead. */
public class ModelFailure extends RuntimeException {

    /** Why the call failed, as counted in metrics. */
    public enum Kind {
        /** No answer within the timeout. */
        TIMEOUT,
        /** The provider could not be reached or answered with an error status. */
        UNAVAILABLE,
        /** An answer that is not JSON of the requested shape. */
        INVALID
    }

    private final Kind kind;

    public ModelFailure(Kind kind, String why) {
        super(why, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
