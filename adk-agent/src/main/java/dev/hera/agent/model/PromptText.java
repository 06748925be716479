package dev.hera.agent.model;

/** Text as it goes into a prompt: bounded, so no prompt grows with what one message or one turn holds. */
public final class PromptText {

    private PromptText() {
    }

    /** {@code text} cut to {@code max} characters, marked with an ellipsis when cut; "" for null. */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
