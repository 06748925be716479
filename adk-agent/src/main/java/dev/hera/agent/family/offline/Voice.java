package dev.hera.agent.family.offline;

import java.util.List;
import java.util.Locale;

import dev.hera.model.ChildGender;
import dev.hera.model.Persona;

/**
 * How a member talks: a grown-up partner, or a child by age (a toddler of three or under shouts
 * single words, a child of four to six says short simple things, a school child of seven and up
 * talks in simple sentences), with a mood from its speaking style and trait words (bright:
 * 明るい/元気/lively; calm: 落ち着いた/しっかり/steady; gentle: 優しい/soft, or nothing else). The speaking
 * style decides first; the trait words only when the style says nothing.
 */
record Voice(Stage stage, Mood mood, String name, int ordinal, boolean boy, boolean husband) {

    enum Stage {
        ADULT, TODDLER, SMALL, SCHOOL
    }

    enum Mood {
        BRIGHT, CALM, GENTLE
    }

    private static final List<String> BRIGHT_WORDS = List.of("明る", "元気", "活発", "はきはき", "社交", "陽気", "cheer",
            "lively", "bubbly", "energ", "sociable", "upbeat", "outgoing");
    private static final List<String> CALM_WORDS = List.of("落ち着", "穏やか", "しっかり", "丁寧", "冷静", "calm", "steady",
            "thoughtful", "reassur", "dependable", "composed");
    private static final List<String> GENTLE_WORDS = List.of("優し", "やさし", "柔らか", "素直", "温和", "soft", "gentle",
            "kind", "honest", "sweet", "tender");
    private static final List<String> PARTNER_ROLES = List.of("妻", "夫", "パートナー", "wife", "husband", "partner");

    static Voice of(Persona member) {
        boolean adult = Persona.PARTNER.equals(member.relation())
                || (member.relation() == null && member.role() != null && PARTNER_ROLES.contains(member.role().strip()));
        Stage stage = adult ? Stage.ADULT : stageOf(member.age());
        String name = Texts.hasText(member.name()) ? member.name().strip() : (adult ? "パートナー" : "こども");
        boolean husband = member.role() != null && (member.role().contains("夫") || member.role().contains("husband"));
        return new Voice(stage, moodOf(member), name, ordinalOf(member), member.gender() == ChildGender.BOY, husband);
    }

    private static Stage stageOf(Integer age) {
        if (age == null) {
            return Stage.SCHOOL;
        }
        if (age <= 3) {
            return Stage.TODDLER;
        }
        return age <= 6 ? Stage.SMALL : Stage.SCHOOL;
    }

    private static Mood moodOf(Persona member) {
        String style = member.speakingStyle() == null ? "" : member.speakingStyle().toLowerCase(Locale.ROOT);
        Mood fromStyle = moodOf(style);
        if (fromStyle != null) {
            return fromStyle;
        }
        if (GENTLE_WORDS.stream().anyMatch(style::contains)) {
            return Mood.GENTLE;
        }
        String words = member.traitWords() == null ? "" : String.join(" ", member.traitWords()).toLowerCase(Locale.ROOT);
        Mood fromWords = moodOf(words);
        return fromWords == null ? Mood.GENTLE : fromWords;
    }

    private static Mood moodOf(String text) {
        if (BRIGHT_WORDS.stream().anyMatch(text::contains)) {
            return Mood.BRIGHT;
        }
        if (CALM_WORDS.stream().anyMatch(text::contains)) {
            return Mood.CALM;
        }
        return null;
    }

    /** The partner is 0; a child is its number in the id (child_2 → 2), so siblings differ. */
    private static int ordinalOf(Persona member) {
        String id = member.id() == null ? "" : member.id().replaceAll("\\D", "");
        if (!id.isEmpty() && id.length() < 6) {
            return Integer.parseInt(id);
        }
        return Persona.PARTNER.equals(member.relation()) ? 0 : Math.floorMod(String.valueOf(member.name()).hashCode(), 97) + 1;
    }

    boolean child() {
        return stage != Stage.ADULT;
    }

    /** How the member says "I" in Japanese: a toddler uses its own name. */
    String meJa() {
        return switch (stage) {
            case ADULT -> husband ? "僕" : "私";
            case TODDLER -> name;
            default -> boy ? "ぼく" : "わたし";
        };
    }
}
