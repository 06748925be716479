package dev.hera.agent.interview.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.hera.model.BigFive;
import dev.hera.model.ChildWish;
import dev.hera.model.Language;
import dev.hera.model.Partner;
import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;
import dev.hera.profile.ProfileField;

/**
 * One extraction case of a table: a message (with what Hera asked and the profile so far) and the
 * fields expected in its fragment, written as short expectations:
 * <ul>
 * <li>{@code age=32}, {@code gender=女性}, {@code status=single}, {@code location=大阪},
 * {@code income=450万円}, {@code name=さくら} (the user's name); {@code -} means absent;</li>
 * <li>user traits {@code O C E A N}: {@code E=0.75}, {@code E>0.6}, {@code E<0.4}, {@code E=-};
 * {@code traits=-} for no user traits at all;</li>
 * <li>partner: {@code partner=ideal|current|-} (which partner the fragment fills),
 * {@code p.name=}, {@code p.temperament=}, {@code p.appearance=}, {@code p.age=}, partner traits
 * {@code pE>0.6}; {@code face=} for partner_face_description; {@code ~} instead of {@code =} means
 * "contains";</li>
 * <li>children: {@code kids=女:みお,男:そうま} (gender:name, {@code ?} unknown), {@code kids#=2},
 * {@code kids=-}; {@code orders=1,2};</li>
 * <li>{@code corrected=AGE,INCOME_RANGE} or {@code corrected=-};</li>
 * <li>{@code check=PARTNER:空}: the name Hera asks to confirm instead of storing ({@code -}: none).</li>
 * </ul>
 */
record ExtractionCase(String message, Language language, String question, UserProfile given, List<String> expectations,
        boolean firstMessage) {

    static final ProfileExtractor EXTRACTOR = new ProfileExtractor();

    static ExtractionCase ja(String message, String... expectations) {
        return new ExtractionCase(message, Language.JA, null, UserProfile.empty(), List.of(expectations), false);
    }

    static ExtractionCase en(String message, String... expectations) {
        return new ExtractionCase(message, Language.EN, null, UserProfile.empty(), List.of(expectations), false);
    }

    ExtractionCase asked(String heraQuestion) {
        return new ExtractionCase(message, language, heraQuestion, given, expectations, firstMessage);
    }

    ExtractionCase given(UserProfile profile) {
        return new ExtractionCase(message, language, question, profile, expectations, firstMessage);
    }

    /** The person's first message of the session (what Hera asked is then her greeting). */
    ExtractionCase first() {
        return new ExtractionCase(message, language, question, given, expectations, true);
    }

    @Override
    public String toString() {
        return (question == null ? "" : "[" + question + "] ") + message;
    }

    Extraction run() {
        return EXTRACTOR.extract(message, language, given, question, firstMessage);
    }

    void check() {
        Extraction extraction = run();
        for (String expectation : expectations) {
            check(extraction, expectation);
        }
    }

    private void check(Extraction extraction, String expectation) {
        UserProfile f = extraction.fragment();
        String context = "「" + message + "」 expected " + expectation + "; understood " + extraction.understood();
        java.util.regex.Matcher parts = java.util.regex.Pattern.compile("^([A-Za-z.#]+)([=~<>])(.*)$").matcher(expectation);
        if (!parts.matches()) {
            fail("bad expectation " + expectation);
        }
        String key = parts.group(1);
        String op = parts.group(2);
        String want = parts.group(3);
        switch (key) {
            case "age" -> text(context, op, want, f.age());
            case "gender" -> text(context, op, want, f.gender() == null ? null : f.gender().value());
            case "status" -> text(context, op, want, f.relationshipStatus() == null ? null : f.relationshipStatus().code());
            case "location" -> text(context, op, want, f.location());
            case "income" -> text(context, op, want, f.incomeRange());
            case "name" -> text(context, op, want, f.userName());
            case "face" -> text(context, op, want, f.partnerFaceDescription());
            case "traits" -> text(context, op, want, f.userPersonalityTraits());
            case "O", "C", "E", "A", "N" -> score(context, op, want, trait(f.userPersonalityTraits(), key));
            case "pO", "pC", "pE", "pA", "pN" -> score(context, op, want, trait(partner(f).personalityTraits(), key.substring(1)));
            case "partner" -> text(context, op, want, f.currentPartner() != null ? "current" : f.idealPartner() != null ? "ideal" : null);
            case "p.name" -> text(context, op, want, partnerOrEmpty(f).name());
            case "p.temperament" -> text(context, op, want, partnerOrEmpty(f).temperament());
            case "p.appearance" -> text(context, op, want, partnerOrEmpty(f).appearance());
            case "p.age" -> text(context, op, want, partnerOrEmpty(f).age());
            case "kids" -> text(context, op, want, kids(f.childrenInfo()));
            case "kids#" -> text(context, op, want, f.childrenInfo() == null ? 0 : f.childrenInfo().size());
            case "orders" -> text(context, op, want, f.childrenInfo() == null ? null
                    : f.childrenInfo().stream().map(c -> String.valueOf(c.order())).collect(Collectors.joining(",")));
            case "check" -> text(context, op, want, extraction.nameCheck() == null ? null
                    : extraction.nameCheck().whose() + ":" + extraction.nameCheck().name());
            case "corrected" -> text(context, op, want, extraction.corrected().isEmpty() ? null
                    : new TreeSet<>(extraction.corrected().stream().map(ProfileField::name).toList()).stream()
                            .collect(Collectors.joining(",")));
            default -> fail("unknown expectation key " + key);
        }
    }

    private static Partner partner(UserProfile f) {
        Partner p = f.currentPartner() != null ? f.currentPartner() : f.idealPartner();
        assertNotNull(p, "no partner in fragment");
        return p;
    }

    private static Partner partnerOrEmpty(UserProfile f) {
        Partner p = f.currentPartner() != null ? f.currentPartner() : f.idealPartner();
        return p == null ? new Partner(null, null, null, null, null, null, null) : p;
    }

    private static Double trait(BigFive traits, String letter) {
        if (traits == null) {
            return null;
        }
        return switch (letter) {
            case "O" -> traits.openness();
            case "C" -> traits.conscientiousness();
            case "E" -> traits.extraversion();
            case "A" -> traits.agreeableness();
            default -> traits.neuroticism();
        };
    }

    static String kids(List<ChildWish> children) {
        if (children == null || children.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (ChildWish child : children) {
            parts.add((child.desiredGender() == null ? "?" : child.desiredGender().value()) + ":"
                    + (child.name() == null ? "?" : child.name()));
        }
        return String.join(",", parts);
    }

    private static void text(String context, String op, String want, Object actual) {
        if (want.equals("-")) {
            assertNull(actual, context);
        } else if (op.equals("~")) {
            assertNotNull(actual, context);
            assertTrue(actual.toString().contains(want), context + " (got " + actual + ")");
        } else {
            assertEquals(want, actual == null ? null : actual.toString(), context);
        }
    }

    private static void score(String context, String op, String want, Double actual) {
        if (want.equals("-")) {
            assertNull(actual, context);
            return;
        }
        assertNotNull(actual, context);
        double expected = Double.parseDouble(want);
        switch (op) {
            case ">" -> assertTrue(actual > expected, context + " (got " + actual + ")");
            case "<" -> assertTrue(actual < expected, context + " (got " + actual + ")");
            default -> assertEquals(expected, actual, 0.001, context);
        }
    }

    /** A profile for context, built field by field. */
    static final class Given {
        private String userName;
        private Integer age;
        private RelationshipStatus status;
        private String location;
        private String income;
        private Partner current;
        private Partner ideal;
        private List<ChildWish> children;

        static Given profile() {
            return new Given();
        }

        Given name(String value) {
            userName = value;
            return this;
        }

        Given age(int value) {
            age = value;
            return this;
        }

        Given status(RelationshipStatus value) {
            status = value;
            return this;
        }

        Given location(String value) {
            location = value;
            return this;
        }

        Given income(String value) {
            income = value;
            return this;
        }

        Given currentPartner(String name) {
            current = new Partner(name, null, null, null, null, null, null);
            return this;
        }

        Given currentPartner(String name, String appearance) {
            current = new Partner(name, null, null, null, null, null, appearance);
            return this;
        }

        /** A partner described before: the temperament and looks the person gave in earlier answers. */
        Given currentPartner(String name, String temperament, String appearance) {
            current = new Partner(name, null, null, temperament, null, null, appearance);
            return this;
        }

        Given idealPartner(String name) {
            ideal = new Partner(name, null, null, null, null, null, null);
            return this;
        }

        Given children(ChildWish... wishes) {
            children = Arrays.asList(wishes);
            return this;
        }

        UserProfile build() {
            return new UserProfile(userName, age, null, status, location, income, null, null, children, current, ideal, null,
                    null, null, null, null);
        }
    }
}
