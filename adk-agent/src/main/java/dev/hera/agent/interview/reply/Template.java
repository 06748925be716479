package dev.hera.agent.interview.reply;

import java.util.Map;

/**
 * Fills {@code {name}} placeholders in a phrasing. {@code {^name}} puts the value with its first
 * letter in upper case, for English sentence starts. A placeholder without a value is a mistake
 * in the phrasings, not in the user's data, so it fails loudly (the tests go through them all);
 * values are inserted as they are and never scanned again, so user text with braces is safe.
 */
final class Template {

    private Template() {
    }

    static String fill(String template, Map<String, String> values) {
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
            out.append(capitalize ? Wording.capitalize(value) : value);
            i = end + 1;
        }
        return out.toString();
    }

    static String fill(String template, String name, String value) {
        return fill(template, Map.of(name, value));
    }
}
