package dev.hera.agent.text;

import java.util.Map;

/**
 * Fills {@code {name}} placeholders in the offline engine's phrasings, for the interview and the
 * family alike. {@code {^name}} puts the value with its first letter in upper case, for English
 * sentence starts. A placeholder without a value is a mistake in the phrasings, not in the user's
 * data, so it fails loudly (the tests go through them all): a placeholder or the word "null" never
 * reaches the person. Values are inserted as they are and never scanned again, so user text with
 * braces is safe.
 */
public final class Template {

    private Template() {
    }

    public static String fill(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = template.indexOf('}', i);
            if (end < 0) {
                throw new IllegalStateException("unclosed placeholder in: " + template);
            }
            String name = template.substring(i + 1, end);
            boolean capitalize = name.startsWith("^");
            if (capitalize) {
                name = name.substring(1);
            }
            String value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("no value for {" + name + "} in: " + template);
            }
            out.append(capitalize ? capitalize(value) : value);
            i = end + 1;
        }
        return out.toString();
    }

    public static String fill(String template, String name, String value) {
        return fill(template, Map.of(name, value));
    }

    /** The text with its first letter in upper case. */
    public static String capitalize(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }
}
