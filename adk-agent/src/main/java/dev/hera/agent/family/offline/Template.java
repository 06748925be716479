package dev.hera.agent.family.offline;

import java.util.Map;

/**
 * {@code {slot}} filling for the writers' texts. A slot without a value is a programming error
 * and fails loudly, so a placeholder or the word "null" can never reach the person.
 */
final class Template {

    private Template() {
    }

    static String fill(String pattern, Map<String, String> values) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            if (open < 0) {
                out.append(pattern, at, pattern.length());
                break;
            }
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                throw new IllegalStateException("unclosed slot in: " + pattern);
            }
            out.append(pattern, at, open);
            String slot = pattern.substring(open + 1, close);
            String value = values.get(slot);
            if (value == null) {
                throw new IllegalStateException("no value for {" + slot + "} in: " + pattern);
            }
            out.append(value);
            at = close + 1;
        }
        return out.toString();
    }
}
