package dev.hera.agent.family.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dev.hera.agent.family.offline.Place.Kind;
import dev.hera.agent.family.offline.StoryLines.Scene;
import dev.hera.agent.family.offline.Voice.Mood;
import dev.hera.agent.family.offline.VoiceLines.Lines;
import dev.hera.agent.text.Seeded;
import dev.hera.agent.text.Template;
import dev.hera.model.ConversationEntry;
import dev.hera.model.Language;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;
import dev.hera.model.UserProfile;

/**
 * The story of the family's trip, written offline: an introduction of two or
 * three paragraphs (the person brings up the trip, quoting something they really said; the
 * partner answers in character, with the looks and temperament from the profile; each child
 * reacts by age and temperament), a main part of three or four paragraphs (arriving, coloured by
 * the kind of place; one concrete scene with sensory detail and dialogue for every activity),
 * and an ending of one or two paragraphs (the bond, the afterglow, a hopeful 「楽しみだね！」).
 * <p>
 * Japanese stories are 800–1,200 characters (code points without whitespace), English ones
 * 350–600 words; sentences are dropped or added to fit. Every paragraph has several variants
 * chosen by the seed, so two sessions rarely read alike; the same seed gives the same story.
 */
public final class StoryWriter {

    static final int JA_MIN = 800;
    static final int JA_MAX = 1200;
    static final int EN_MIN = 350;
    static final int EN_MAX = 600;
    private static final int JA_TARGET = 930;
    private static final int EN_TARGET = 420;
    private static final int EXTRAS_PER_PARAGRAPH = 2;
    private static final int QUOTE_JA = 24;
    private static final int QUOTE_EN = 12;

    private StoryWriter() {
    }

    /** Whether a story of any origin (a model's too) has the length this writer keeps to. */
    public static boolean fitsLength(String text, Language language) {
        boolean english = language == Language.EN;
        int length = Texts.length(text, english);
        return length >= (english ? EN_MIN : JA_MIN) && length <= (english ? EN_MAX : JA_MAX);
    }

    /**
     * Writes the story.
     *
     * @throws IllegalArgumentException when the trip has no destination or no activity
     */
    public static String write(UserProfile profile, List<Persona> family, TripInfo trip, List<ConversationEntry> log,
            Language language, long seed) {
        boolean english = language == Language.EN;
        String destination = requireDestination(trip);
        List<String> activities = requireActivities(trip);
        Cast cast = Cast.of(profile, family, english);
        Map<String, String> slots = baseSlots(cast, destination, activities, english);
        slots.put("quote", quote(log, destination, activities, english));
        Composition story = new Composition(english);
        introduction(story, cast, slots, activities, seed, english);
        mainPart(story, cast, slots, destination, activities, seed, english);
        ending(story, cast, slots, seed, english);
        return story.fit(english ? EN_MIN : JA_MIN, english ? EN_TARGET : JA_TARGET, english ? EN_MAX : JA_MAX);
    }

    static String requireDestination(TripInfo trip) {
        if (trip == null || !Texts.hasText(trip.destination())) {
            throw new IllegalArgumentException("the trip has no destination");
        }
        return trip.destination().strip();
    }

    static List<String> requireActivities(TripInfo trip) {
        List<String> activities = trip.activities() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(trip.activities().stream().filter(Texts::hasText).map(String::strip).toList()));
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("the trip has no activity");
        }
        return activities;
    }

    static Map<String, String> baseSlots(Cast cast, String destination, List<String> activities, boolean english) {
        Map<String, String> slots = new HashMap<>();
        slots.put("u", cast.user);
        slots.put("U", Template.capitalize(cast.user));
        slots.put("own", cast.userNamed ? "their" : "your");
        slots.put("p", cast.partnerName);
        slots.put("dest", destination);
        slots.put("Dest", Template.capitalize(destination));
        slots.put("acts", Texts.join(activities, english));
        slots.put("kids", Texts.join(cast.childNames(), english));
        slots.put("Kids", Template.capitalize(Texts.join(cast.childNames(), english)));
        slots.put("family", cast.everyone());
        slots.put("Family", Template.capitalize(cast.everyone()));
        List<String> family = cast.memberNames();
        String waiting = english ? Texts.joinEn(family) + (family.size() == 1 ? " is" : " are")
                : String.join("と", family) + "の笑顔";
        slots.put("waiting", waiting);
        slots.put("Waiting", Template.capitalize(waiting));
        return slots;
    }

    // ---- introduction

    private static void introduction(Composition story, Cast cast, Map<String, String> slots, List<String> activities,
            long seed, boolean english) {
        story.paragraph();
        story.required(pick(StoryLines.OPENING, seed, 1, english, slots));
        Mood mood = cast.partner == null ? Mood.GENTLE : Voice.of(cast.partner).mood();
        Lines partnerLines = switch (mood) {
            case BRIGHT -> StoryLines.PARTNER_BRIGHT;
            case CALM -> StoryLines.PARTNER_CALM;
            case GENTLE -> StoryLines.PARTNER_GENTLE;
        };
        story.required(pick(partnerLines, seed, 2, english, slots));
        details(story, cast, slots, english);
        addExtras(story, StoryLines.INTRO_EXTRAS, seed, 3, 1, english, slots);

        story.paragraph();
        if (cast.children.isEmpty()) {
            List<String> two = StoryLines.NO_CHILDREN.get(english);
            int first = Seeded.index(seed, 4, two.size());
            story.required(Template.fill(two.get(first), slots));
            story.optional(3, Template.fill(two.get((first + 1) % two.size()), slots));
        } else {
            story.optional(3, pick(StoryLines.CHILDREN_OPENER, seed, 5, english, slots));
            for (int i = 0; i < cast.children.size(); i++) {
                Persona child = cast.children.get(i);
                Map<String, String> childSlots = childSlots(slots, cast, child, activities.get(i % activities.size()), english);
                Lines lines = childLines(Voice.of(child));
                String line = Template.fill(Seeded.rotate(lines.get(english), seed, 6, i), childSlots);
                story.required(line, Template.fill(StoryLines.CHILD_SHORT.get(english).get(0), childSlots));
            }
            addExtras(story, StoryLines.CHILDREN_EXTRAS, seed, 7, 3, english, slots);
        }

        story.paragraph();
        Lines night = cast.children.isEmpty() ? StoryLines.NIGHT_BEFORE_TWO : StoryLines.NIGHT_BEFORE_KIDS;
        story.optional(5, pick(night, seed, 8, english, slots));
    }

    private static void details(Composition story, Cast cast, Map<String, String> slots, boolean english) {
        Map<String, String> detailSlots = new HashMap<>(slots);
        Lines lines;
        if (cast.looks != null && cast.temperament != null) {
            lines = StoryLines.LOOKS_AND_TEMPER;
        } else if (cast.looks != null) {
            lines = StoryLines.LOOKS_ONLY;
        } else if (cast.temperament != null) {
            lines = StoryLines.TEMPER_ONLY;
        } else {
            story.optional(4, StoryLines.NO_DETAILS.get(english).get(0));
            return;
        }
        if (cast.looks != null) {
            detailSlots.put("looks", cast.looks);
            detailSlots.put("Looks", Template.capitalize(cast.looks));
        }
        if (cast.temperament != null) {
            detailSlots.put("temper", cast.temperament);
        }
        story.required(Template.fill(lines.get(english).get(0), detailSlots));
    }

    private static Lines childLines(Voice voice) {
        return switch (voice.stage()) {
            case TODDLER -> StoryLines.CHILD_TODDLER;
            case SMALL -> switch (voice.mood()) {
                case BRIGHT -> StoryLines.CHILD_SMALL_BRIGHT;
                case CALM -> StoryLines.CHILD_SMALL_CALM;
                case GENTLE -> StoryLines.CHILD_SMALL_GENTLE;
            };
            default -> switch (voice.mood()) {
                case BRIGHT -> StoryLines.CHILD_SCHOOL_BRIGHT;
                case CALM -> StoryLines.CHILD_SCHOOL_CALM;
                case GENTLE -> StoryLines.CHILD_SCHOOL_GENTLE;
            };
        };
    }

    static Map<String, String> childSlots(Map<String, String> slots, Cast cast, Persona child, String activity,
            boolean english) {
        Map<String, String> childSlots = new HashMap<>(slots);
        childSlots.put("c", cast.name(child));
        childSlots.put("act", activity);
        childSlots.put("Act", Template.capitalize(activity));
        var known = ActivityLexicon.byLabel(activity);
        String kid = known.map(a -> a.kid(english)).orElse(english ? "try " + activity : activity + "、やってみたい");
        String baby = known.map(a -> a.baby(english)).orElse(activity);
        childSlots.put("kid", kid);
        childSlots.put("baby", baby);
        childSlots.put("Baby", Template.capitalize(baby));
        return childSlots;
    }

    // ---- main part

    private static void mainPart(Composition story, Cast cast, Map<String, String> slots, String destination,
            List<String> activities, long seed, boolean english) {
        Kind kind = Gazetteer.find(destination).map(Place::kind).orElse(Kind.NATURE);
        List<Scene> arrivals = StoryLines.ARRIVAL.get(kind).get(english);
        Scene arrival = Seeded.one(arrivals, seed, 10);
        Map<String, String> arrivalSlots = sceneSlots(slots, cast, 0, english);
        story.paragraph();
        story.required(Template.fill(arrival.main(), arrivalSlots));
        story.optional(2, Template.fill(arrival.more(), arrivalSlots));
        addExtras(story, StoryLines.MAIN_EXTRAS, seed, 11, 2, english, slots);

        int sceneParagraphs = activities.size() <= 3 ? activities.size() : activities.size() == 4 ? 2 : 3;
        int perParagraph = (activities.size() + sceneParagraphs - 1) / sceneParagraphs;
        for (int i = 0; i < activities.size(); i++) {
            if (i % perParagraph == 0) {
                story.paragraph();
            }
            String activity = activities.get(i);
            Map<String, String> sceneSlots = sceneSlots(slots, cast, i, english);
            sceneSlots.put("act", activity);
            sceneSlots.put("Act", Template.capitalize(activity));
            Scene scene = sceneFor(activity, seed, i, english);
            story.required(Template.fill(scene.main(), sceneSlots),
                    Template.fill(StoryLines.SCENE_SHORT.get(english).get(0), sceneSlots));
            story.optional(1, Template.fill(scene.more(), sceneSlots));
        }
        if (1 + sceneParagraphs < 3) {
            Scene evening = Seeded.one(StoryLines.EVENING.get(english), seed, 12);
            Map<String, String> eveningSlots = sceneSlots(slots, cast, activities.size(), english);
            story.paragraph();
            story.required(Template.fill(evening.main(), eveningSlots));
            story.optional(2, Template.fill(evening.more(), eveningSlots));
        }
    }

    private static Scene sceneFor(String activity, long seed, int index, boolean english) {
        var known = ActivityLexicon.byLabel(activity).map(Activity::id).map(StoryLines.SCENES::get);
        List<Scene> scenes = known.map(s -> s.get(english)).orElse(english ? StoryLines.GENERIC_EN : StoryLines.GENERIC_JA);
        return Seeded.rotate(scenes, seed, 13, index);
    }

    /** {a} is a child in turn (the partner when there are none); {b} is the partner, or the person. */
    private static Map<String, String> sceneSlots(Map<String, String> slots, Cast cast, int index, boolean english) {
        Map<String, String> sceneSlots = new HashMap<>(slots);
        String a;
        String b;
        if (cast.children.isEmpty()) {
            a = cast.partnerName;
            b = cast.user;
        } else {
            a = cast.name(cast.children.get(index % cast.children.size()));
            b = cast.partnerName;
        }
        sceneSlots.put("a", a);
        sceneSlots.put("A", Template.capitalize(a));
        sceneSlots.put("b", b);
        sceneSlots.put("B", Template.capitalize(b));
        return sceneSlots;
    }

    // ---- ending

    private static void ending(Composition story, Cast cast, Map<String, String> slots, long seed, boolean english) {
        List<Scene> bonds = english ? StoryLines.BOND_KIDS_EN : StoryLines.BOND_KIDS_JA;
        Scene bond = cast.children.isEmpty() ? Seeded.one(bonds.subList(1, bonds.size()), seed, 20) : Seeded.one(bonds, seed, 20);
        story.paragraph();
        story.required(Template.fill(bond.main(), slots));
        story.required(Template.fill(bond.more(), slots));
        addExtras(story, StoryLines.BOND_EXTRAS, seed, 21, 4, english, slots);
        story.paragraph();
        story.required(pick(StoryLines.HOPE, seed, 22, english, slots));
    }

    // ---- the person's own words

    /**
     * Something the person said, shortened: their first message about the trip (naming the place
     * or an activity), else their first message, else a line they might have said.
     */
    static String quote(List<ConversationEntry> log, String destination, List<String> activities, boolean english) {
        List<String> said = log == null ? List.of() : log.stream()
                .filter(e -> e != null && ConversationEntry.USER.equals(e.speaker()) && Texts.hasText(e.message()))
                .map(ConversationEntry::message).toList();
        String chosen = said.stream().filter(m -> !TripExtractor.extract(m, english ? Language.EN : Language.JA).isEmpty())
                .findFirst().orElse(said.isEmpty() ? null : said.get(0));
        String quote = chosen == null ? "" : Texts.shortQuote(chosen, english, english ? QUOTE_EN : QUOTE_JA);
        if (!quote.isEmpty()) {
            return quote;
        }
        return english ? "Shall we all go to " + destination + "?" : "みんなで" + destination + "に行こうか";
    }

    // ---- helpers

    private static String pick(Lines lines, long seed, long salt, boolean english, Map<String, String> slots) {
        return Template.fill(Seeded.one(lines.get(english), seed, salt), slots);
    }

    private static void addExtras(Composition story, Lines lines, long seed, long salt, int rankBase, boolean english,
            Map<String, String> slots) {
        List<String> extras = lines.get(english);
        int start = Seeded.index(seed, salt, extras.size());
        for (int i = 0; i < extras.size(); i++) {
            // beyond the first two per paragraph, extras are a reserve for thin stories (no children, one activity)
            int rank = i < EXTRAS_PER_PARAGRAPH ? i * 10 + rankBase : 100 + i * 10 + rankBase;
            story.extra(rank, Template.fill(extras.get((start + i) % extras.size()), slots));
        }
    }
}
