package dev.hera.agent.family;

import java.util.ArrayList;
import java.util.List;

import dev.hera.model.BigFive;
import dev.hera.model.Language;

/**
 * Words and a speaking style for a family member from its Big Five (a score above 0.6 counts as
 * high, a neuroticism below 0.4 as low), in the session's language.
 */
public final class TraitWords {

    private TraitWords() {
    }

    /** Trait words: O>.6 curious, C>.6 dependable, E>.6 lively/sociable, A>.6 caring, N<.4 optimistic. */
    public static List<String> of(BigFive traits, boolean child, Language language) {
        boolean en = language == Language.EN;
        List<String> words = new ArrayList<>();
        if (high(traits.openness())) {
            words.add(en ? "curious" : "好奇心旺盛");
        }
        if (high(traits.conscientiousness())) {
            words.add(en ? "dependable" : "しっかり者");
        }
        if (high(traits.extraversion())) {
            words.add(child ? (en ? "full of energy" : "元気いっぱい") : (en ? "sociable" : "社交的"));
        }
        if (high(traits.agreeableness())) {
            words.add(en ? "caring" : "思いやりがある");
        }
        if (traits.neuroticism() != null && traits.neuroticism() < 0.4) {
            words.add(en ? "optimistic" : "楽観的");
        }
        if (words.isEmpty()) {
            words.addAll(en ? List.of("cheerful", "gentle") : List.of("明るい", "優しい"));
        }
        return words;
    }

    /** How a child speaks: lively when extraverted, steady when conscientious, gentle otherwise. */
    public static String childStyle(BigFive traits, Language language) {
        boolean en = language == Language.EN;
        if (high(traits.extraversion())) {
            return en ? "lively and bubbly" : "元気で活発な口調";
        }
        if (high(traits.conscientiousness())) {
            return en ? "steady and thoughtful" : "しっかりした落ち着いた口調";
        }
        return en ? "gentle and honest" : "優しく素直な口調";
    }

    /** How the partner speaks, from their traits. */
    public static String partnerStyle(BigFive traits, Language language) {
        boolean en = language == Language.EN;
        if (high(traits.extraversion())) {
            return en ? "warm and cheerful" : "明るく温かい口調";
        }
        if (traits.neuroticism() != null && traits.neuroticism() < 0.4) {
            return en ? "calm and reassuring" : "落ち着いた優しい口調";
        }
        if (high(traits.conscientiousness())) {
            return en ? "thoughtful and steady" : "丁寧で穏やかな口調";
        }
        return en ? "soft and kind" : "柔らかく優しい口調";
    }

    static boolean high(Double score) {
        return score != null && score > 0.6;
    }
}
