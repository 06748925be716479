package dev.hera.agent.family.offline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.hera.agent.family.offline.Place.Kind;
import dev.hera.agent.family.offline.Voice.Mood;
import dev.hera.agent.family.offline.VoiceLines.Lines;
import dev.hera.agent.text.Seeded;
import dev.hera.agent.text.Template;
import dev.hera.model.Language;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;
import dev.hera.model.UserProfile;

/**
 * The letter from the future family to the person, written offline: addressed 「未来の{name}へ」
 * ("Dear future {name},") with the person's name when the profile has one (「あなた」 / "you"
 * otherwise); an opening that thanks them for the plan; a body about the destination, every
 * activity and every member's feelings (the children's in their own words); a closing of
 * encouragement — the future family is always by your side, 「楽しみに待っているね」; and a
 * signature with the date, 「未来の家族より」 and every member's role and name.
 * <p>
 * Japanese letters are 600–900 characters (code points without whitespace), English ones
 * 250–450 words; variants by seed.
 */
public final class LetterWriter {

    static final int JA_MIN = 600;
    static final int JA_MAX = 900;
    static final int EN_MIN = 250;
    static final int EN_MAX = 450;
    private static final int JA_TARGET = 720;
    private static final int EN_TARGET = 320;
    private static final int EXTRA_SLOTS = 3;
    private static final DateTimeFormatter JA_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private LetterWriter() {
    }

    /** Whether a letter of any origin (a model's too) has the length this writer keeps to. */
    public static boolean fitsLength(String text, Language language) {
        boolean english = language == Language.EN;
        int length = Texts.length(text, english);
        return length >= (english ? EN_MIN : JA_MIN) && length <= (english ? EN_MAX : JA_MAX);
    }

    /**
     * Writes the letter. The story is accepted for symmetry with a model-written letter; the offline
     * letter stands on its own.
     *
     * @throws IllegalArgumentException when the trip has no destination or no activity
     */
    public static String write(UserProfile profile, List<Persona> family, TripInfo trip, String story, Language language,
            LocalDate date, long seed) {
        boolean english = language == Language.EN;
        String destination = StoryWriter.requireDestination(trip);
        List<String> activities = StoryWriter.requireActivities(trip);
        Cast cast = Cast.of(profile, family, english);
        Map<String, String> slots = StoryWriter.baseSlots(cast, destination, activities, english);
        slots.put("name", cast.userNamed ? cast.user : (english ? "you" : "あなた"));

        Composition letter = new Composition(english);
        letter.paragraph().required(Template.fill(LetterLines.ADDRESS.get(english).get(0), slots));
        opening(letter, slots, seed, english);
        body(letter, cast, slots, destination, activities, seed, english);
        closing(letter, slots, seed, english);
        letter.paragraph().required(signature(cast, date, english));
        if (cast.partner != null) {
            letter.paragraph().optional(1, Template.fill(Seeded.one(LetterLines.POSTSCRIPT.get(english), seed, 11), slots));
        }
        return letter.fit(english ? EN_MIN : JA_MIN, english ? EN_TARGET : JA_TARGET, english ? EN_MAX : JA_MAX);
    }

    private static void opening(Composition letter, Map<String, String> slots, long seed, boolean english) {
        List<String> opening = Seeded.one(english ? LetterLines.OPENINGS_EN : LetterLines.OPENINGS_JA, seed, 1);
        letter.paragraph();
        for (int i = 0; i < opening.size(); i++) {
            String sentence = Template.fill(opening.get(i), slots);
            if (i < opening.size() - 1 || opening.size() == 1) {
                letter.required(sentence);
            } else {
                letter.optional(2, sentence);
            }
        }
        extras(letter, seed, 0, english, slots);
    }

    private static void body(Composition letter, Cast cast, Map<String, String> slots, String destination,
            List<String> activities, long seed, boolean english) {
        Kind kind = Gazetteer.find(destination).map(Place::kind).orElse(Kind.NATURE);
        letter.paragraph();
        letter.required(Template.fill(LetterLines.PLACE.get(kind).get(english).get(0), slots));
        letter.optional(3, Template.fill(Seeded.one(LetterLines.PLACE_MORE.get(english), seed, 2), slots));
        for (int i = 0; i < activities.size(); i++) {
            String activity = activities.get(i);
            Map<String, String> activitySlots = new java.util.HashMap<>(slots);
            activitySlots.put("act", activity);
            activitySlots.put("Act", Template.capitalize(activity));
            Lines lines = ActivityLexicon.byLabel(activity).map(Activity::id).map(LetterLines.ACTIVITY::get)
                    .orElse(LetterLines.ACTIVITY_GENERIC);
            String line = Template.fill(Seeded.rotate(lines.get(english), seed, 3, i), activitySlots);
            letter.required(line, Template.fill(LetterLines.ACTIVITY_GENERIC.get(english).get(0), activitySlots));
        }

        letter.paragraph();
        Mood mood = cast.partner == null ? Mood.GENTLE : Voice.of(cast.partner).mood();
        Lines partnerLines = switch (mood) {
            case BRIGHT -> LetterLines.PARTNER_BRIGHT;
            case CALM -> LetterLines.PARTNER_CALM;
            case GENTLE -> LetterLines.PARTNER_GENTLE;
        };
        List<String> partnerSay = partnerLines.get(english);
        int first = Seeded.index(seed, 4, partnerSay.size());
        letter.required(Template.fill(partnerSay.get(first), slots));
        letter.optional(2, Template.fill(partnerSay.get((first + 1) % partnerSay.size()), slots));
        for (int i = 0; i < cast.children.size(); i++) {
            Persona child = cast.children.get(i);
            Map<String, String> childSlots = StoryWriter.childSlots(slots, cast, child, activities.get(i % activities.size()),
                    english);
            Lines lines = switch (Voice.of(child).stage()) {
                case TODDLER -> LetterLines.CHILD_TODDLER;
                case SMALL -> LetterLines.CHILD_SMALL;
                default -> LetterLines.CHILD_SCHOOL;
            };
            letter.required(Template.fill(Seeded.rotate(lines.get(english), seed, 5, i), childSlots),
                    Template.fill(LetterLines.CHILD_SHORT.get(english).get(0), childSlots));
            Lines more = switch (Voice.of(child).stage()) {
                case TODDLER -> LetterLines.CHILD_MORE_TODDLER;
                case SMALL -> LetterLines.CHILD_MORE_SMALL;
                default -> LetterLines.CHILD_MORE_SCHOOL;
            };
            letter.optional(3 + i, Template.fill(Seeded.rotate(more.get(english), seed, 10, i), childSlots));
        }

        letter.paragraph();
        letter.optional(4, Template.fill(Seeded.one(LetterLines.FORESIGHT.get(english), seed, 6), slots));
        extras(letter, seed, 1, english, slots);
    }

    private static void closing(Composition letter, Map<String, String> slots, long seed, boolean english) {
        letter.paragraph();
        List<String> care = LetterLines.CARE.get(english);
        int first = Seeded.index(seed, 7, care.size());
        letter.optional(2, Template.fill(care.get(first), slots));
        letter.extra(25, Template.fill(care.get((first + 1) % care.size()), slots));
        extras(letter, seed, 2, english, slots);
        letter.required(Template.fill(Seeded.one(LetterLines.ALWAYS.get(english), seed, 8), slots));
        letter.required(Template.fill(LetterLines.WAITING.get(english).get(0), slots));
    }

    private static String signature(Cast cast, LocalDate date, boolean english) {
        LocalDate day = date == null ? LocalDate.now() : date;
        List<String> lines = new ArrayList<>();
        lines.add(english ? EN_DATE.format(day) : JA_DATE.format(day));
        lines.add(LetterLines.SIGNED.get(english).get(0));
        for (Persona member : cast.members) {
            String name = cast.name(member);
            String role = Texts.hasText(member.role()) ? member.role().strip() : null;
            if (role == null || role.equals(name)) {
                lines.add(name);
            } else {
                lines.add(english ? name + " (" + role + ")" : role + "　" + name);
            }
        }
        return String.join("\n", lines);
    }

    /** Extra sentences for short letters, shared out between the paragraphs by {@code slot}. */
    private static void extras(Composition letter, long seed, int slot, boolean english, Map<String, String> slots) {
        List<String> extras = LetterLines.EXTRAS.get(english);
        int start = Seeded.index(seed, 9, extras.size());
        for (int i = slot; i < extras.size(); i += EXTRA_SLOTS) {
            letter.extra(i * 10 + slot, Template.fill(extras.get((start + i) % extras.size()), slots));
        }
    }
}
