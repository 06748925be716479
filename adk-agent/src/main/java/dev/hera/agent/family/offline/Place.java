package dev.hera.agent.family.offline;

import java.util.List;

import dev.hera.agent.text.Normalization;

/**
 * A destination the offline engine knows: its label in each language, the kind of place (which
 * colours the story's arrival scene), and the spellings a person may type.
 *
 * @param ja      the Japanese label
 * @param en      the English label
 * @param kind    what sort of place it is
 * @param generic a common noun (海, the mountains) rather than a named place
 * @param aliases every spelling matched, already normalised (see {@link Normalization#foldLower})
 */
record Place(String ja, String en, Kind kind, boolean generic, List<String> aliases) {

    enum Kind {
        SEASIDE, HIGHLAND, CITY, HERITAGE, SPA, THEME_PARK, SNOW, NATURE, HOME
    }

    String label(boolean english) {
        return english ? en : ja;
    }
}
