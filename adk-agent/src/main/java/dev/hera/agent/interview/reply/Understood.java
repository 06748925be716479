package dev.hera.agent.interview.reply;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the extractor says it understood this turn, read from its machine notes ("age",
 * "partner.name", "children_info", ...). Notes may name a partner explicitly
 * ("ideal_partner.appearance"), name a sub-field ("user_personality_traits.openness") or be unknown;
 * unknown notes are ignored here and only make the reply thank the user in general words.
 */
enum Understood {
    USER_NAME,
    AGE,
    GENDER,
    LOCATION,
    INCOME,
    RELATIONSHIP_STATUS,
    PERSONALITY,
    PARTNER_NAME,
    PARTNER_TEMPERAMENT,
    PARTNER_APPEARANCE,
    CHILDREN;

    private static final Set<String> PARTNER_PREFIXES = Set.of("partner", "current_partner", "ideal_partner");

    /** The understood things among {@code notes}, in this enum's order. */
    static Set<Understood> parse(List<String> notes) {
        Set<Understood> found = EnumSet.noneOf(Understood.class);
        for (String note : notes) {
            read(note, found);
        }
        return found;
    }

    private static void read(String note, Set<Understood> found) {
        String key = note.strip().toLowerCase(Locale.ROOT);
        // The extractor's notes carry values and list positions: "age=32", "children_info[1]=女/みお".
        int equals = key.indexOf('=');
        if (equals >= 0) {
            key = key.substring(0, equals);
        }
        key = key.replaceAll("\\[\\d+\\]", "");
        int dot = key.indexOf('.');
        String head = dot < 0 ? key : key.substring(0, dot);
        String tail = dot < 0 ? "" : key.substring(dot + 1);
        if (PARTNER_PREFIXES.contains(head)) {
            readPartner(tail, found);
            return;
        }
        switch (head) {
            case "user_name" -> found.add(USER_NAME);
            case "age" -> found.add(AGE);
            case "gender" -> found.add(GENDER);
            case "location" -> found.add(LOCATION);
            case "income_range", "income" -> found.add(INCOME);
            case "relationship_status" -> found.add(RELATIONSHIP_STATUS);
            case "user_personality_traits", "personality" -> found.add(PERSONALITY);
            case "partner_face_description" -> found.add(PARTNER_APPEARANCE);
            case "children_info", "children" -> found.add(CHILDREN);
            default -> {
                // Unknown to this version: thanked for in general words only.
            }
        }
    }

    private static void readPartner(String sub, Set<Understood> found) {
        switch (sub) {
            case "" -> {
                found.add(PARTNER_NAME);
                found.add(PARTNER_TEMPERAMENT);
                found.add(PARTNER_APPEARANCE);
            }
            case "name" -> found.add(PARTNER_NAME);
            case "temperament" -> found.add(PARTNER_TEMPERAMENT);
            case "appearance", "face_description", "visual_traits" -> found.add(PARTNER_APPEARANCE);
            default -> {
                // age, hobbies, speaking style...: not asked for, so not acknowledged one by one.
            }
        }
    }
}
