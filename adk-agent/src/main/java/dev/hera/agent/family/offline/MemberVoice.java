package dev.hera.agent.family.offline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.hera.agent.family.offline.Voice.Stage;
import dev.hera.agent.family.offline.VoiceLines.Lines;
import dev.hera.agent.text.Normalization;
import dev.hera.agent.text.Seeded;
import dev.hera.agent.text.Template;
import dev.hera.model.Language;
import dev.hera.model.Persona;
import dev.hera.model.TripInfo;

/**
 * Each family member's answer in its own voice: the partner grown-up and warm, picking up
 * the person's own words for the place and the activities, and guiding the plan by asking for
 * what is still missing; children by age and temperament, reacting to the place and the
 * activities just mentioned, sometimes asking a small question. Replies vary with the seed, the
 * turn and the member, and a member never says the same thing two turns in a row.
 * <p>
 * Replies only name the destination and the activities already in the trip (the person's own
 * wishes), so reading the family's replies for trip information adds nothing new.
 */
public final class MemberVoice {

    private static final Pattern OUTING = Pattern.compile("どこか|出かけ|でかけ|旅行|遊びに|行かない|行こう|週末|休み|連休"
            + "|\\btrip\\b|somewhere|\\bouting\\b|\\bweekend\\b|\\bvacation\\b|\\bholiday\\b|\\bgetaway\\b|\\bgo out\\b"
            + "|\\bday out\\b|\\bgo away\\b");
    private static final int MAX_LISTED = 4;
    /** What may follow a name the person calls out in Japanese: 「そうまは？」, 「そうまくん、」, 「そうまって」. */
    private static final Pattern ADDRESS_AFTER = Pattern.compile("(?:ちゃん|くん|君|さん|は|も|って|に|の)");

    private MemberVoice() {
    }

    /** The member's reply to the person's message. Never empty. */
    public static String reply(Persona member, Language language, MemberContext context) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(context, "context");
        PlanMoment moment = context.moment() == null ? PlanMoment.CHATTING : context.moment();
        if (moment == PlanMoment.AFTER_COMPLETION) {
            return afterCompletion(member, context.trip(), language, context.seed(), context.turnNumber());
        }
        Speech speech = new Speech(Voice.of(member), language == Language.EN, context);
        return switch (moment) {
            case PROPOSING -> speech.proposing(member);
            case CONFIRMED -> speech.confirmed();
            case DECLINED -> speech.declined();
            default -> speech.chatting();
        };
    }

    /**
     * The plan proposal, made by the first family member whatever its role: the destination
     * and the activities (up to four, joined naturally), and a question to the person.
     */
    public static String proposal(Persona proposer, TripInfo trip, Language language, long seed) {
        boolean english = language == Language.EN;
        Voice voice = Voice.of(proposer);
        Map<String, String> slots = new HashMap<>();
        putDestination(slots, destinationOf(trip), english);
        List<String> activities = trip == null || trip.activities() == null ? List.of() : trip.activities();
        slots.put("acts", listed(activities, english));
        Lines lines = voice.child() ? VoiceLines.PROPOSAL_CHILD : VoiceLines.PROPOSAL_ADULT;
        return Template.fill(Seeded.one(lines.get(english), seed, 0x5072L), slots);
    }

    /** A warm short answer once the plan is complete and the story and letter are written. */
    public static String afterCompletion(Persona member, TripInfo trip, Language language, long seed) {
        return afterCompletion(member, trip, language, seed, 0);
    }

    private static String afterCompletion(Persona member, TripInfo trip, Language language, long seed, int turn) {
        boolean english = language == Language.EN;
        Voice voice = Voice.of(member);
        Map<String, String> slots = baseSlots(voice, english);
        putDestination(slots, destinationOf(trip), english);
        Lines lines = switch (voice.stage()) {
            case ADULT -> VoiceLines.PARTNER_AFTER;
            case TODDLER -> VoiceLines.TODDLER_AFTER;
            case SMALL -> VoiceLines.SMALL_AFTER;
            case SCHOOL -> VoiceLines.SCHOOL_AFTER;
        };
        return Template.fill(Seeded.rotate(lines.get(english), seed, 0xAF7EL, (long) turn + voice.ordinal()), slots);
    }

    // ---- helpers shared by the proposal and the replies

    private static String destinationOf(TripInfo trip) {
        return trip == null || !Texts.hasText(trip.destination()) ? null : trip.destination().strip();
    }

    private static void putDestination(Map<String, String> slots, String destination, boolean english) {
        String value = destination != null ? destination : (english ? "our getaway" : "お出かけ先");
        slots.put("dest", value);
        slots.put("Dest", Template.capitalize(value));
    }

    /** All activities up to four; beyond that the first three and 「など」 / "and more". */
    static String listed(List<String> activities, boolean english) {
        if (activities.isEmpty()) {
            return english ? "our day together" : "みんなの時間";
        }
        if (activities.size() <= MAX_LISTED) {
            return Texts.join(activities, english);
        }
        List<String> first = activities.subList(0, 3);
        return english ? String.join(", ", first) + " and more" : String.join("、", first) + "など";
    }

    private static Map<String, String> baseSlots(Voice voice, boolean english) {
        Map<String, String> slots = new HashMap<>();
        slots.put("name", voice.name());
        slots.put("me", english ? "I" : voice.meJa());
        return slots;
    }

    /** One reply being put together. */
    private static final class Speech {
        private final Voice voice;
        private final boolean english;
        private final MemberContext context;
        private final TripFragment said;
        private final TripInfo trip;
        private final Map<String, String> slots;
        private final List<String> parts = new ArrayList<>();
        private final long turnSeed;

        Speech(Voice voice, boolean english, MemberContext context) {
            this.voice = voice;
            this.english = english;
            this.context = context;
            this.said = context.justExtracted() == null ? TripFragment.none() : context.justExtracted();
            this.trip = context.trip() == null ? new TripInfo(null, List.of()) : context.trip();
            this.slots = baseSlots(voice, english);
            this.turnSeed = Seeded.mix(context.seed(), context.turnNumber());
            String destination = said.destination() != null ? said.destination() : destinationOf(trip);
            if (destination != null) {
                putDestination(slots, destination, english);
            } else {
                slots.put("undecided", "");
            }
            List<String> activities = !said.activities().isEmpty() ? said.activities() : tripActivities();
            if (!activities.isEmpty()) {
                String mine = voice.child() ? activities.get((voice.ordinal() + activities.size() - 1) % activities.size())
                        : activities.get(0);
                putActivity(mine, listed(activities.subList(0, Math.min(3, activities.size())), english));
            }
            if (!said.removedActivities().isEmpty()) {
                slots.put("removed", Texts.join(said.removedActivities(), english));
            }
        }

        private List<String> tripActivities() {
            return trip.activities() == null ? List.of() : trip.activities();
        }

        private void putActivity(String label, String joined) {
            slots.put("act", label);
            slots.put("Act", Template.capitalize(label));
            slots.put("acts", joined);
            slots.put("Acts", Template.capitalize(joined));
            var known = ActivityLexicon.byLabel(label);
            if (known.isPresent()) {
                slots.put("kid", known.get().kid(english));
                slots.put("baby", known.get().baby(english));
                slots.put("adult", known.get().adult(english));
            } else {
                slots.put("kid", english ? "try " + label : label + "、やってみたい");
                slots.put("baby", label);
                slots.put("adult", english ? label : "みんなで" + label + "を楽しむ");
            }
            slots.put("Baby", Template.capitalize(slots.get("baby")));
            slots.put("Adult", Template.capitalize(slots.get("adult")));
        }

        String chatting() {
            react();
            if (parts.isEmpty() && slots.containsKey("act") && isAddressed()) {
                // "Rohan, what do you want to do there?": the member the person speaks to says what they would like
                switch (voice.stage()) {
                    case ADULT -> say(VoiceLines.PARTNER_ONE_ACTIVITY.get(voice.mood()), 0x55);
                    case TODDLER -> say(VoiceLines.TODDLER_ACT, 0x56);
                    case SMALL -> say(VoiceLines.SMALL_ACT.get(voice.mood()), 0x57);
                    case SCHOOL -> say(VoiceLines.SCHOOL_ACT.get(voice.mood()), 0x58);
                }
            }
            if (parts.isEmpty()) {
                smallTalk();
            }
            if (!voice.child()) {
                guide();
            } else if (Seeded.chance(turnSeed, 0x9A5L + voice.ordinal(), 30)) {
                childQuestion();
            }
            return spoken();
        }

        String proposing(Persona member) {
            react();
            if (context.isFirstMember()) {
                String reaction = spoken();
                String proposal = proposal(member, trip, english ? Language.EN : Language.JA, turnSeed);
                return reaction.isEmpty() ? proposal : reaction + "\n\n" + proposal;
            }
            switch (voice.stage()) {
                case TODDLER -> say(VoiceLines.TODDLER_PROPOSING, 0x11);
                case SMALL -> say(VoiceLines.SMALL_PROPOSING.get(voice.mood()), 0x12);
                case SCHOOL -> say(VoiceLines.SCHOOL_PROPOSING.get(voice.mood()), 0x13);
                default -> {
                    if (parts.isEmpty()) {
                        say(VoiceLines.PARTNER_OUTING.get(voice.mood()), 0x14);
                    }
                }
            }
            return spoken();
        }

        String confirmed() {
            if (!slots.containsKey("dest")) {
                putDestination(slots, null, english);
            }
            switch (voice.stage()) {
                case ADULT -> say(VoiceLines.PARTNER_CONFIRMED.get(voice.mood()), 0x21);
                case TODDLER -> say(VoiceLines.TODDLER_CONFIRMED, 0x22);
                case SMALL -> say(VoiceLines.SMALL_CONFIRMED, 0x23);
                case SCHOOL -> say(VoiceLines.SCHOOL_CONFIRMED.get(voice.mood()), 0x24);
            }
            return spoken();
        }

        String declined() {
            switch (voice.stage()) {
                case ADULT -> say(VoiceLines.PARTNER_DECLINED.get(voice.mood()), 0x31);
                case TODDLER -> say(VoiceLines.TODDLER_DECLINED, 0x32);
                case SMALL -> say(VoiceLines.SMALL_DECLINED.get(voice.mood()), 0x33);
                case SCHOOL -> say(VoiceLines.SCHOOL_DECLINED.get(voice.mood()), 0x34);
            }
            react();
            if (!voice.child()) {
                guide();
            }
            return spoken();
        }

        /**
         * Whether the person speaks to this member by name: 「そうま、何したい？」, 「そうまは？」, "Rohan, what do you
         * want to do?", "what about you, Rohan?" (the name as a word of its own, or before a particle or a mark).
         */
        private boolean isAddressed() {
            String message = Normalization.foldLower(context.userMessage());
            String name = Normalization.foldLower(voice.name());
            for (int at = message.indexOf(name); at >= 0; at = message.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean wordBefore = at > 0 && Character.isLetter(message.charAt(at - 1));
                boolean wordAfter = end < message.length() && Character.isLetter(message.charAt(end))
                        && !ADDRESS_AFTER.matcher(message).region(end, message.length()).lookingAt();
                if (!(english && wordBefore) && !wordAfter) {
                    return true;
                }
            }
            return false;
        }

        /** Reactions to what the person just said about the trip. */
        private void react() {
            if (said.destination() != null) {
                switch (voice.stage()) {
                    case ADULT -> say(VoiceLines.PARTNER_DEST.get(voice.mood()), 0x41);
                    case TODDLER -> say(VoiceLines.TODDLER_DEST, 0x42);
                    case SMALL -> say(VoiceLines.SMALL_DEST.get(voice.mood()), 0x43);
                    case SCHOOL -> say(VoiceLines.SCHOOL_DEST.get(voice.mood()), 0x44);
                }
            }
            if (!said.activities().isEmpty()) {
                switch (voice.stage()) {
                    case ADULT -> say(said.activities().size() == 1 ? VoiceLines.PARTNER_ONE_ACTIVITY.get(voice.mood())
                            : VoiceLines.PARTNER_ACTIVITIES.get(voice.mood()), 0x51);
                    case TODDLER -> say(VoiceLines.TODDLER_ACT, 0x52);
                    case SMALL -> say(VoiceLines.SMALL_ACT.get(voice.mood()), 0x53);
                    case SCHOOL -> say(VoiceLines.SCHOOL_ACT.get(voice.mood()), 0x54);
                }
            }
            if (!said.removedActivities().isEmpty()) {
                if (voice.stage() == Stage.ADULT) {
                    say(VoiceLines.PARTNER_REMOVED.get(voice.mood()), 0x61);
                } else if (voice.stage() == Stage.TODDLER && parts.isEmpty()) {
                    say(VoiceLines.TODDLER_REMOVED, 0x62);
                }
            }
        }

        private void smallTalk() {
            String message = Normalization.foldLower(context.userMessage());
            switch (voice.stage()) {
                case ADULT -> say((OUTING.matcher(message).find() ? VoiceLines.PARTNER_OUTING : VoiceLines.PARTNER_SMALL_TALK)
                        .get(voice.mood()), 0x71);
                case TODDLER -> say(VoiceLines.TODDLER_CHAT, 0x72);
                case SMALL -> say(VoiceLines.SMALL_CHAT.get(voice.mood()), 0x73);
                case SCHOOL -> say(VoiceLines.SCHOOL_CHAT.get(voice.mood()), 0x74);
            }
        }

        /** The partner asks for what the plan still lacks. */
        private void guide() {
            boolean hasDestination = destinationOf(trip) != null || said.destination() != null;
            int activities = Math.max(tripActivities().size(), said.activities().size());
            if (!hasDestination && activities == 0) {
                say(VoiceLines.ASK_WHERE.get(voice.mood()), 0x81);
            } else if (!hasDestination) {
                say(VoiceLines.ASK_WHERE_FOR, 0x82);
            } else if (activities == 0) {
                say(VoiceLines.ASK_WHAT, 0x83);
            } else if (activities == 1) {
                say(VoiceLines.ASK_MORE, 0x84);
            } else if (Seeded.chance(turnSeed, 0x85, 30)) {
                say(VoiceLines.ASK_ANYTHING_ELSE, 0x86);
            }
        }

        private void childQuestion() {
            switch (voice.stage()) {
                case TODDLER -> say(VoiceLines.TODDLER_QUESTION, 0x91);
                case SMALL -> say(VoiceLines.SMALL_QUESTION, 0x92);
                default -> say(VoiceLines.SCHOOL_QUESTION, 0x93);
            }
        }

        /** Adds one line of {@code lines} whose slots are all known, rotating by turn and member. */
        private void say(Lines lines, long salt) {
            List<String> usable = lines.get(english).stream().filter(this::fillable).toList();
            if (usable.isEmpty()) {
                return;
            }
            long offset = (long) context.turnNumber() + voice.ordinal();
            String line = Template.fill(Seeded.rotate(usable, context.seed(), salt * 31 + parts.size(), offset), slots);
            if (!parts.contains(line)) {
                parts.add(line);
            }
        }

        private boolean fillable(String line) {
            int at = line.indexOf('{');
            while (at >= 0) {
                int close = line.indexOf('}', at);
                if (!slots.containsKey(line.substring(at + 1, close))) {
                    return false;
                }
                at = line.indexOf('{', close);
            }
            return true;
        }

        private String spoken() {
            return String.join(english ? " " : "", parts);
        }
    }
}
