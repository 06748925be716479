package dev.hera.agent.interview.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.hera.model.ChildGender;
import dev.hera.model.ChildWish;
import dev.hera.model.Language;
import dev.hera.profile.ProfileRules;

/** Small language rules shared by the phrasings: lists, honorifics, counts, quoting the user's words. */
final class Wording {

    /** Longest quotation of the user's own words, in characters, before it is shortened. */
    static final int MAX_QUOTE = 60;

    private static final String[] EN_NUMBERS = { "zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten" };
    private static final String[] JA_HONORIFICS = { "さん", "様", "さま", "くん", "君", "ちゃん", "氏" };

    private Wording() {
    }

    /** {@code language}, or Japanese when it is null (like {@code ProfileField.label}). */
    static Language orDefault(Language language) {
        return language == null ? Language.DEFAULT : language;
    }

    /** Joins sentences: Japanese ones run on, English ones are separated by a space. */
    static String sentences(Language language, List<String> parts) {
        List<String> present = parts.stream().filter(ProfileRules::hasText).map(String::strip).toList();
        return String.join(language == Language.EN ? " " : "", present);
    }

    /**
     * The user's own words made fit to quote: white space collapsed, surrounding quotes and
     * trailing punctuation dropped, and cut at {@link #MAX_QUOTE} characters. Empty when there is
     * nothing left.
     */
    static String quote(String text) {
        if (!ProfileRules.hasText(text)) {
            return "";
        }
        String value = text.replaceAll("[\\s\\u3000]+", " ").strip();
        value = value.replaceAll("^[「『“\"']+|[」』”\"']+$", "").strip();
        value = value.replaceAll("[。．.!！?？、,，;；:：\\s]+$", "").strip();
        if (value.codePointCount(0, value.length()) > MAX_QUOTE) {
            value = value.substring(0, value.offsetByCodePoints(0, MAX_QUOTE)).strip() + "…";
        }
        return value;
    }

    /** Items of a question: 「年齢、性別、居住地」, 「年収と交際状況」 or "your age, your gender and where you live". */
    static String items(Language language, List<String> items) {
        if (language == Language.EN) {
            return englishList(items);
        }
        return items.size() == 2 ? items.get(0) + "と" + items.get(1) : String.join("、", items);
    }

    /** People or things joined by "and": 「みおちゃんとそうまくん」, "Lily and Noah". */
    static String and(Language language, List<String> items) {
        if (language == Language.EN) {
            return englishList(items);
        }
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join("、", items.subList(0, items.size() - 1)) + "と" + items.get(items.size() - 1);
    }

    private static String englishList(List<String> items) {
        if (items.size() <= 2) {
            return String.join(" and ", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A grown-up's name as Hera says it: 「けんたさん」 in Japanese, "Kenta" in English. */
    static String personName(Language language, String name) {
        String clean = quote(name);
        return language == Language.EN || hasHonorific(clean) ? clean : clean + "さん";
    }

    /**
     * A child's name as Hera says it: 「みおちゃん」「そうまくん」 in Japanese (「ちゃん」 while the
     * gender is unknown, as for any small child), the name alone in English.
     */
    static String childName(Language language, ChildWish child) {
        String clean = quote(child.name());
        if (language == Language.EN || hasHonorific(clean)) {
            return clean;
        }
        return clean + (child.desiredGender() == ChildGender.BOY ? "くん" : "ちゃん");
    }

    private static boolean hasHonorific(String name) {
        for (String honorific : JA_HONORIFICS) {
            if (name.endsWith(honorific) && name.length() > honorific.length()) {
                return true;
            }
        }
        return false;
    }

    /** 「女の子」「男の子」 or "girl" / "boy". */
    static String childKind(Language language, ChildGender gender) {
        if (language == Language.EN) {
            return gender == ChildGender.GIRL ? "girl" : "boy";
        }
        return gender == ChildGender.GIRL ? "女の子" : "男の子";
    }

    /**
     * One wished-for child in words: 「女の子のみおちゃん」 / "a girl named Lily", the name alone
     * when the gender is unknown, the kind alone when the name is. Empty for a child with neither.
     */
    static String child(Language language, ChildWish child) {
        boolean named = ProfileRules.hasText(child.name());
        if (child.desiredGender() == null) {
            return named ? childName(language, child) : "";
        }
        String kind = childKind(language, child.desiredGender());
        if (!named) {
            return language == Language.EN ? "a " + kind : kind;
        }
        return language == Language.EN ? "a " + kind + " named " + quote(child.name())
                : kind + "の" + childName(language, child);
    }

    /** All the children that can be put into words, joined by "and". */
    static String children(Language language, List<ChildWish> children) {
        List<String> described = new ArrayList<>();
        for (ChildWish child : present(children)) {
            String words = child(language, child);
            if (!words.isEmpty()) {
                described.add(words);
            }
        }
        return and(language, described);
    }

    /** The names of the named children, joined by "and"; empty when none has a name. */
    static String childNames(Language language, List<ChildWish> children) {
        List<String> names = present(children).stream().filter(child -> ProfileRules.hasText(child.name()))
                .map(child -> childName(language, child)).filter(name -> !name.isEmpty()).toList();
        return and(language, names);
    }

    /** The non-null children of a possibly null list. */
    static List<ChildWish> present(List<ChildWish> children) {
        return children == null ? List.of() : children.stream().filter(child -> child != null).toList();
    }

    /** How many children: 「ふたり」 / "two children". */
    static String childCount(Language language, int count) {
        if (language == Language.EN) {
            String number = count < EN_NUMBERS.length ? EN_NUMBERS[count] : Integer.toString(count);
            return number + (count == 1 ? " child" : " children");
        }
        return switch (count) {
            case 1 -> "ひとり";
            case 2 -> "ふたり";
            default -> count + "人";
        };
    }

    /** "a" or "an" before a word or a number such as 18 ("an 18-year-old"). */
    static String article(String next) {
        String lower = next.toLowerCase(Locale.ROOT);
        if (lower.isEmpty()) {
            return "a";
        }
        if (Character.isDigit(lower.charAt(0))) {
            String digits = lower.replaceAll("\\D.*$", "");
            boolean eighty = digits.startsWith("8");
            boolean elevenOrEighteen = digits.equals("11") || digits.equals("18");
            return eighty || elevenOrEighteen ? "an" : "a";
        }
        return "aeiou".indexOf(lower.charAt(0)) >= 0 ? "an" : "a";
    }
}
