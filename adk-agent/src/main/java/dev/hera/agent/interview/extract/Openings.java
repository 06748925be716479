package dev.hera.agent.interview.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The literal text every match of a regular expression opens with, read from the expression itself when it
 * is simple enough to tell: per top-level alternative, its leading literal characters, at most
 * {@value #LONGEST} ({@code "優し|思いやり|優しい"} → 優し, 思いや: one that holds another adds nothing),
 * also inside a leading non-capturing group ({@code "(?:一人|ひとり)で"} → 一人, ひとり). A match holds one
 * of them, so a message holding none needs no search. Anything else at a start — a character class, an
 * escape, a look-around, a flag, an optional first character or group, an empty alternative — makes the
 * answer {@code null}: unknown, search anyway.
 */
final class Openings {

    /** Three characters tell most words apart; more would only make the list longer to read. */
    static final int LONGEST = 3;

    private Openings() {
    }

    /** The openings, each once, or null when the expression does not say. */
    static List<String> of(String regex) {
        List<String> openings = new ArrayList<>();
        return alternatives(regex, 0, regex.length(), openings) ? List.copyOf(openings) : null;
    }

    /** Whether {@code text} holds one of the {@code openings} (always, when they are unknown). */
    static boolean anyIn(List<String> openings, String text) {
        if (openings == null) {
            return true;
        }
        for (String opening : openings) {
            if (text.contains(opening)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the openings of each top-level alternative of {@code regex[from, to)}; false if unknown. */
    private static boolean alternatives(String regex, int from, int to, List<String> openings) {
        int start = from;
        for (int i = from; i < to; i = after(regex, i, to)) {
            if (i < 0) {
                return false;
            }
            if (regex.charAt(i) == '|') {
                if (!sequence(regex, start, i, openings)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return sequence(regex, start, to, openings);
    }

    /** Adds the opening of the sequence {@code regex[from, to)}; false if unknown. */
    private static boolean sequence(String regex, int from, int to, List<String> openings) {
        if (from >= to) {
            return false;
        }
        if (regex.charAt(from) == '(') {
            if (!regex.startsWith("(?:", from)) {
                return false;
            }
            int close = closing(regex, from, to);
            if (close < 0 || optional(regex, close + 1, to)) {
                return false;
            }
            return alternatives(regex, from + 3, close, openings);
        }
        StringBuilder literal = new StringBuilder();
        for (int i = from; i < to && literal.length() < LONGEST; i++) {
            char c = regex.charAt(i);
            if ("[\\.^$|()?*+{".indexOf(c) >= 0 || optional(regex, i + 1, to)) {
                break; // not a literal, or one that may be absent
            }
            literal.append(c);
            if (i + 1 < to && "+{".indexOf(regex.charAt(i + 1)) >= 0) {
                break; // repeated: what follows may be more of it
            }
        }
        if (literal.isEmpty()) {
            return false;
        }
        String opening = literal.toString();
        // a text holding 明るい holds 明る: the longer one need not be looked for
        if (openings.stream().noneMatch(opening::contains)) {
            openings.removeIf(known -> known.contains(opening));
            openings.add(opening);
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
