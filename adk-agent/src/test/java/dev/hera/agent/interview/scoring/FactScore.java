package dev.hera.agent.interview.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hera.model.BigFive;
import dev.hera.model.ChildWish;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Scores a final profile against the facts a scored dialogue states, as its README says: each
 * listed fact right or wrong (location and income compared leniently), and violations where the
 * partner's or a child's name or the partner's trait ended up on the user.
 */
final class FactScore {

    /** One fact, whether the profile got it right, and what was wanted and stored (for the tuning set's report). */
    record Fact(String name, boolean right, String detail) {
    }

    /**
     * How said and stored values are compared. {@link #AS_FIRST_MEASURED} is the comparison the
     * held-out figures before issue 19's second round were taken with (incomes by digits only,
     * places by containment); {@link #READING_NUMERALS_AND_PLACES} also reads kanji numerals,
     * "grand" and dots between thousands in incomes (「四百五十万」 is 450万円, "€28.000" 28,000) and compares places word by word (「福岡の博多」
     * is right for 福岡県福岡市博多区, "Brooklyn, NY" for "Brooklyn, New York, NY"). Both are
     * printed, so that figures stay comparable across rounds.
     */
    enum Reading {
        AS_FIRST_MEASURED, READING_NUMERALS_AND_PLACES
    }

    private final List<Fact> facts = new ArrayList<>();
    private final Reading reading;
    private int violations;

    private FactScore(Reading reading) {
        this.reading = reading;
    }

    static FactScore of(InterviewDialogue.Facts expected, UserProfile profile) {
        return of(expected, profile, Reading.READING_NUMERALS_AND_PLACES);
    }

    static FactScore of(InterviewDialogue.Facts expected, UserProfile profile, Reading reading) {
        FactScore score = new FactScore(reading);
        score.scoreUser(expected, profile);
        score.scorePartner(expected, profile);
        score.scoreChildren(expected.children(), profile.childrenInfo() == null ? List.of() : profile.childrenInfo());
        score.countViolations(expected, profile);
        return score;
    }

    List<Fact> facts() {
        return facts;
    }

    int violations() {
        return violations;
    }

    private void scoreUser(InterviewDialogue.Facts expected, UserProfile profile) {
        if (expected.userName() != null) {
            fact("user_name", sameName(expected.userName(), profile.userName()), expected.userName(), profile.userName());
        }
        fact("age", Objects.equals(expected.age(), profile.age()), expected.age(), profile.age());
        fact("gender", profile.gender() != null && profile.gender().value().equals(expected.gender()), expected.gender(),
                profile.gender());
        fact("relationship_status", profile.relationshipStatus() != null
                && profile.relationshipStatus().code().equals(expected.relationshipStatus()), expected.relationshipStatus(),
                profile.relationshipStatus());
        fact("location", lenientlyEqual(expected.location(), profile.location())
                || reading == Reading.READING_NUMERALS_AND_PLACES && samePlaceWords(expected.location(), profile.location()),
                expected.location(), profile.location());
        fact("income_range", lenientlyEqual(expected.incomeRange(), profile.incomeRange())
                || sameAmounts(expected.incomeRange(), profile.incomeRange()), expected.incomeRange(), profile.incomeRange());
        traits("user_trait", expected.userTraits(), profile.userPersonalityTraits());
    }

    private void scorePartner(InterviewDialogue.Facts expected, UserProfile profile) {
        InterviewDialogue.PartnerFacts wanted = expected.partner();
        Partner partner = "current".equals(expected.partnerKind()) ? profile.currentPartner() : profile.idealPartner();
        Partner stored = partner == null ? new Partner(null, null, null, null, null, null, null) : partner;
        fact("partner.name", sameName(wanted.name(), stored.name()), wanted.name(), stored.name());
        if (wanted.age() != null) {
            fact("partner.age", wanted.age().equals(stored.age()), wanted.age(), stored.age());
        }
        for (String word : wanted.temperamentKeywords()) {
            fact("partner.temperament", contains(stored.temperament(), word), word, stored.temperament());
        }
        String looks = stored.appearance() != null ? stored.appearance() : profile.partnerFaceDescription();
        for (String word : wanted.appearanceKeywords()) {
            fact("partner.appearance", contains(looks, word), word, looks);
        }
        traits("partner.trait", wanted.traits(), stored.personalityTraits());
    }

    private void scoreChildren(InterviewDialogue.ChildrenFacts expected, List<ChildWish> children) {
        fact("children.count", children.size() == expected.count(), expected.count(), children.size());
        for (int i = 0; i < expected.list().size(); i++) {
            InterviewDialogue.ChildFacts wanted = expected.list().get(i);
            ChildWish child = i < children.size() ? children.get(i) : null;
            if (wanted.gender() != null) {
                fact("child.gender", child != null && child.desiredGender() != null
                        && child.desiredGender().value().equals(wanted.gender()), wanted.gender(), child);
            }
            if (wanted.name() != null) {
                fact("child.name", child != null && sameName(wanted.name(), child.name()), wanted.name(), child == null ? null : child.name());
            }
        }
    }

    /** A partner's trait on the user where the user's own facts do not say the same. */
    private void countViolations(InterviewDialogue.Facts expected, UserProfile profile) {
        List<String> othersNames = new ArrayList<>();
        othersNames.add(expected.partner().name());
        expected.children().list().stream().map(InterviewDialogue.ChildFacts::name).filter(Objects::nonNull)
                .forEach(othersNames::add);
        if (profile.userName() != null && othersNames.stream().anyMatch(name -> sameName(name, profile.userName()))) {
            violations++;
        }
        for (Map.Entry<String, String> trait : expected.partner().traits().entrySet()) {
            String users = expected.userTraits().get(trait.getKey());
            if (!trait.getValue().equals(users) && onSide(profile.userPersonalityTraits(), trait.getKey(), trait.getValue())) {
                violations++;
            }
        }
    }

    private void traits(String label, Map<String, String> expected, BigFive scores) {
        expected.forEach((trait, level) -> fact(label, onSide(scores, trait, level), trait + " " + level, scores));
    }

    private static boolean onSide(BigFive scores, String trait, String level) {
        if (scores == null) {
            return false;
        }
        Double value = BigFive.Trait.valueOf(trait.toUpperCase()).valueIn(scores);
        return value != null && ("high".equals(level) ? value > BigFive.NEUTRAL : value < BigFive.NEUTRAL);
    }

    private void fact(String name, boolean right) {
        facts.add(new Fact(name, right, ""));
    }

    private void fact(String name, boolean right, Object wanted, Object stored) {
        facts.add(new Fact(name, right, "wanted " + wanted + ", stored " + stored));
    }

    private static boolean sameName(String expected, String actual) {
        return actual != null && fold(actual).replaceAll("(さん|くん|ちゃん|君)$", "").equals(fold(expected));
    }

    private static boolean contains(String text, String word) {
        return text != null && fold(text).contains(fold(word));
    }

    /** Width-normalised containment either way, ignoring spaces, commas and a trailing 円. */
    private static boolean lenientlyEqual(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        String a = lenient(expected);
        String b = lenient(actual);
        return !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    /**
     * Incomes are stored in one written form ("$72k" as "$72,000", 「三百八十万」 as 「380万円」):
     * right when every amount stored is an amount the person said, in the same unit.
     */
    private boolean sameAmounts(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        List<Long> said = amounts(expected, reading);
        List<Long> stored = amounts(actual, reading);
        return !stored.isEmpty() && said.containsAll(stored);
    }

    private static List<Long> amounts(String text, Reading reading) {
        List<double[]> found = new ArrayList<>(); // number, multiplier
        String plain = fold(text).replace(",", "");
        Matcher m = reading == Reading.AS_FIRST_MEASURED ? AMOUNT_FIRST.matcher(plain)
                : AMOUNT.matcher(kanjiNumerals(THOUSANDS_DOT.matcher(plain).replaceAll(r -> r.group().replace(".", ""))));
        while (m.find()) {
            found.add(new double[] { Double.parseDouble(m.group(1)), multiplier(m.group(2)) });
        }
        // "between 40 and 45k": a bare number before one with a unit shares that unit
        for (int i = 0; i + 1 < found.size(); i++) {
            if (found.get(i)[1] == 1 && found.get(found.size() - 1)[1] > 1) {
                found.get(i)[1] = found.get(found.size() - 1)[1];
            }
        }
        return found.stream().map(amount -> Math.round(amount[0] * amount[1])).toList();
    }

    private static double multiplier(String unit) {
        return switch (unit == null ? "" : unit) {
            case "k", "thousand", "grand", "千" -> 1_000;
            case "万" -> 10_000;
            case "m", "million" -> 1_000_000;
            case "億" -> 100_000_000;
            default -> 1;
        };
    }

    private static final Pattern AMOUNT_FIRST = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(k|thousand|千|万|million|m|億)?(?![a-z])");
    private static final Pattern PLACE_WORD_BREAK = Pattern.compile("[の、,・\\s()（）-]+");

    /** Every word of the place said ("Brooklyn", "NY"; 福岡, 博多) is in the place stored, accents aside. */
    private static boolean samePlaceWords(String expected, String actual) {
        if (actual == null || expected == null) {
            return false;
        }
        String stored = withoutAccents(fold(actual));
        List<String> words = java.util.Arrays.stream(PLACE_WORD_BREAK.split(withoutAccents(fold(expected)))).filter(w -> !w.isEmpty()).toList();
        return !words.isEmpty() && words.stream().allMatch(stored::contains);
    }

    private static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** "28.000", "1.200.000": dots between groups of three digits, as much of Europe writes thousands. */
    private static final Pattern THOUSANDS_DOT = Pattern.compile("(?<![\\d.])\\d{1,3}(?:\\.\\d{3})+(?![\\d.])");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(k|thousand|grand|千|万|million|m|億)?(?![a-z])");
    private static final Pattern KANJI_NUMBER = Pattern.compile("[0-9一二三四五六七八九十百千]*[一二三四五六七八九十百千][0-9一二三四五六七八九十百千]*");
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";

    /**
     * Kanji numerals as digits, below 万 (四百五十万 → 450万, 7百万 → 700万, 二千 → 2000): the
     * person typed them so, and the engine stores amounts in digits.
     */
    private static String kanjiNumerals(String text) {
        Matcher m = KANJI_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Long.toString(kanjiValue(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static long kanjiValue(String numeral) {
        long total = 0;
        long digit = -1;
        for (char c : numeral.toCharArray()) {
            int d = Character.isDigit(c) ? c - '0' : KANJI_DIGITS.indexOf(c);
            if (d >= 0) {
                digit = digit < 0 ? d : digit * 10 + d;
                continue;
            }
            long unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.max(0, digit);
    }

    private static String lenient(String text) {
        return fold(text).replaceAll("[\\s,、]", "").replaceAll("円$", "");
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase().trim();
    }
}
