package dev.hera.agent.family.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text of paragraphs of sentences that fits itself into a length range. Every sentence is
 * required, optional (dropped first when too long, by rank) or extra (added, by rank, when too
 * short); a required sentence may carry a shorter form for texts with many activities or long
 * names. A paragraph whose sentences are all left out disappears.
 */
final class Composition {

    private enum Kind {
        REQUIRED, OPTIONAL, EXTRA
    }

    private static final class Line {
        final Kind kind;
        final int rank;
        final String text;
        final String shortText;
        boolean included;
        boolean shortened;

        Line(Kind kind, int rank, String text, String shortText) {
            this.kind = kind;
            this.rank = rank;
            this.text = text;
            this.shortText = shortText;
            this.included = kind != Kind.EXTRA;
        }

        String current() {
            return shortened ? shortText : text;
        }
    }

    private final boolean english;
    private final List<List<Line>> paragraphs = new ArrayList<>();

    Composition(boolean english) {
        this.english = english;
    }

    /** Starts a new paragraph; the following sentences go into it. */
    Composition paragraph() {
        paragraphs.add(new ArrayList<>());
        return this;
    }

    Composition required(String text) {
        return add(new Line(Kind.REQUIRED, 0, text, null));
    }

    /** A required sentence with a shorter form used only when the text is too long. */
    Composition required(String text, String shortText) {
        return add(new Line(Kind.REQUIRED, 0, text, shortText));
    }

    /** An optional sentence; a higher rank is dropped earlier. */
    Composition optional(int rank, String text) {
        return add(new Line(Kind.OPTIONAL, rank, text, null));
    }

    /** A sentence added only when the text is too short; a lower rank is added earlier. */
    Composition extra(int rank, String text) {
        return add(new Line(Kind.EXTRA, rank, text, null));
    }

    private Composition add(Line line) {
        if (paragraphs.isEmpty()) {
            paragraph();
        }
        paragraphs.get(paragraphs.size() - 1).add(line);
        return this;
    }

    /**
     * The text, made to fit within [min, max] as far as its sentences allow; extra sentences are
     * added until the text reaches {@code target} (a length inside the range).
     */
    String fit(int min, int target, int max) {
        List<Line> all = paragraphs.stream().flatMap(List::stream).toList();
        List<Line> dropped = new ArrayList<>();
        List<Line> optionals = all.stream().filter(l -> l.kind == Kind.OPTIONAL)
                .sorted(Comparator.comparingInt((Line l) -> -l.rank)).toList();
        for (Line line : optionals) {
            if (length() <= max) {
                break;
            }
            line.included = false;
            dropped.add(line);
        }
        List<Line> shortenable = all.stream().filter(l -> l.shortText != null)
                .sorted(Comparator.comparingInt((Line l) -> l.shortText.length() - l.text.length())).toList();
        for (Line line : shortenable) {
            if (length() <= max) {
                break;
            }
            line.shortened = true;
        }
        for (int i = dropped.size() - 1; i >= 0 && length() < min; i--) {
            tryInclude(dropped.get(i), max);
        }
        List<Line> extras = all.stream().filter(l -> l.kind == Kind.EXTRA)
                .sorted(Comparator.comparingInt(l -> l.rank)).toList();
        for (Line line : extras) {
            if (length() >= Math.max(min, target)) {
                break;
            }
            tryInclude(line, max);
        }
        return render();
    }

    private void tryInclude(Line line, int max) {
        line.included = true;
        if (length() > max) {
            line.included = false;
        }
    }

    private int length() {
        return Texts.length(render(), english);
    }

    private String render() {
        List<String> texts = new ArrayList<>();
        for (List<Line> paragraph : paragraphs) {
            StringBuilder text = new StringBuilder();
            for (Line line : paragraph) {
                if (line.included) {
                    if (english && text.length() > 0) {
                        text.append(' ');
                    }
                    text.append(line.current());
                }
            }
            if (text.length() > 0) {
                texts.add(text.toString());
            }
        }
        return String.join("\n\n", texts);
    }
}
