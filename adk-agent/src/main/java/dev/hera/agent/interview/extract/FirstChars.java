package dev.hera.agent.interview.extract;

/**
 * The characters every match of a regular expression starts with, read from the expression itself when it
 * is simple enough to tell: alternatives of phrases starting with a literal character
 * ({@code "優し|思いやり"} → 優思), also inside a leading non-capturing group ({@code "(?:一人|ひとり)で"} → 一ひ).
 * Anything else at a start — a character class, an escape, a look-around, a flag, an optional first
 * character or group, an empty alternative — makes the answer {@code null}: unknown, search anyway.
 */
final class FirstChars {

    private FirstChars() {
    }

    /** The characters, each once, or null when the expression does not say. */
    static String of(String regex) {
        StringBuilder chars = new StringBuilder();
        return alternatives(regex, 0, regex.length(), chars) ? chars.toString() : null;
    }

    /** Adds the first characters of each top-level alternative of {@code regex[from, to)}; false if unknown. */
    private static boolean alternatives(String regex, int from, int to, StringBuilder chars) {
        int start = from;
        for (int i = from; i < to; i = after(regex, i, to)) {
            if (i < 0) {
                return false;
            }
            if (regex.charAt(i) == '|') {
                if (!sequence(regex, start, i, chars)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return sequence(regex, start, to, chars);
    }

    /** Adds the first characters of the sequence {@code regex[from, to)}; false if unknown. */
    private static boolean sequence(String regex, int from, int to, StringBuilder chars) {
        if (from >= to) {
            return false;
        }
        char c = regex.charAt(from);
        if (c == '(') {
            if (!regex.startsWith("(?:", from)) {
                return false;
            }
            int close = closing(regex, from, to);
            if (close < 0 || optional(regex, close + 1, to)) {
                return false;
            }
            return alternatives(regex, from + 3, close, chars);
        }
        if ("[\\.^$|)]?*+{".indexOf(c) >= 0 || optional(regex, from + 1, to)) {
            return false;
        }
        if (chars.indexOf(String.valueOf(c)) < 0) {
            chars.append(c);
        }
        return true;
    }

    /** Whether the atom before {@code at} may be absent: a ?, * or {0 after it. */
    private static boolean optional(String regex, int at, int to) {
        return at < to && (regex.charAt(at) == '?' || regex.charAt(at) == '*' || regex.startsWith("{0", at));
    }

    /** The index of the parenthesis closing the group opened at {@code open}, or -1. */
    private static int closing(String regex, int open, int to) {
        for (int i = open + 1; i < to; i = after(regex, i, to)) {
            if (i < 0) {
                return -1;
            }
            if (regex.charAt(i) == ')') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where the next element after the one at {@code i} starts: past an escaped character, a whole character
     * class or a whole group (-1 when a group is not closed).
     */
    private static int after(String regex, int i, int to) {
        char c = regex.charAt(i);
        if (c == '\\') {
            return i + 2;
        }
        if (c == '[') {
            return classEnd(regex, i, to) + 1;
        }
        if (c == '(') {
            int close = closing(regex, i, to);
            return close < 0 ? -1 : close + 1;
        }
        return i + 1;
    }

    /** The index of the ] closing the character class opened at {@code open} (a ] first in it is a member). */
    private static int classEnd(String regex, int open, int to) {
        int i = open + 1;
        if (i < to && regex.charAt(i) == '^') {
            i++;
        }
        if (i < to && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < to; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i, to);
            } else if (c == ']') {
                return i;
            }
        }
        return to;
    }
}
