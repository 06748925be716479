package dev.hera.agent.family.offline;

import java.util.List;

import dev.hera.agent.text.Normalization;

/** Text helpers shared by the offline writers: measuring, natural list joins and short quotes. */
final class Texts {

    private Texts() {
    }

    /** Japanese length as the brief counts it: code points, whitespace and line breaks excluded. */
    static int japaneseLength(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    /** English length: whitespace-separated words. */
    static int wordCount(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** The length of a text in the unit of its language. */
    static int length(String text, boolean english) {
        return english ? wordCount(text) : japaneseLength(text);
    }

    /** 「A」, 「AとB」, 「A、BとC」. */
    static String joinJa(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join("、", items.subList(0, items.size() - 1)) + "と" + items.get(items.size() - 1);
    }

    /** "A", "A and B", "A, B and C". */
    static String joinEn(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String join(List<String> items, boolean english) {
        return english ? joinEn(items) : joinJa(items);
    }

    /** True when {@code text} holds something other than whitespace. */
    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * A short, safe quotation of something the person said: the first sentence, cut near
     * {@code limit} (code points in Japanese, words in English) at a clause boundary, with
     * brackets and braces removed so it can sit inside 「」 or “”.
     */
    static String shortQuote(String message, boolean english, int limit) {
        String text = Normalization.fold(message)
                .replaceAll("[{}「」『』\"“”<>\\[\\]]", "").replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return "";
        }
        if (english) {
            String[] words = text.split(" ");
            if (words.length <= limit) {
                return stripEndPunctuation(text, true);
            }
            StringBuilder cut = new StringBuilder();
            for (int i = 0; i < limit; i++) {
                cut.append(i == 0 ? "" : " ").append(words[i]);
            }
            return stripEndPunctuation(cut.toString(), true) + "…";
        }
        int sentenceEnd = indexOfAny(text, "。!?！？");
        String sentence = sentenceEnd > 0 ? text.substring(0, sentenceEnd + 1) : text;
        if (sentence.codePointCount(0, sentence.length()) <= limit) {
            return stripEndPunctuation(sentence, false);
        }
        int comma = sentence.lastIndexOf('、', limit);
        String cut = comma >= 6 ? sentence.substring(0, comma) : sentence.substring(0, sentence.offsetByCodePoints(0, limit - 1));
        return cut + "…";
    }

    private static String stripEndPunctuation(String text, boolean english) {
        String stripped = text.replaceAll(english ? "[.,;:]+$" : "[。、]+$", "");
        return stripped.isEmpty() ? text : stripped;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
