package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19, round 11: looks said as a liking ("looks wise I like brunettes", "physically I'd want someone tall")
 * by one with no partner now are the looks of the partner they imagine, without the words of liking; the speaker's
 * own looks said after them are not.
 */
class LooksLikedAreTheImaginedPartnersTest {

    private static final String IDEAL = "Thanks! What else should I know?";

    static Stream<ExtractionCase> likings() {
        return Stream.of(
                en("Looks wise I like redheads, freckles, bit of a tan", "p.appearance=redheads, freckles, bit of a tan").asked(IDEAL),
                en("physically I'd want someone tall with a beard", "p.appearance~tall with a beard").asked(IDEAL),
                en("looks-wise i'm into guys with tattoos, scruffy hair", "p.appearance~tattoos", "p.appearance~scruffy hair").asked(IDEAL),
                en("Appearance wise I prefer curvy, dark hair", "p.appearance~curvy", "p.appearance~dark hair").asked(IDEAL),
                en("Looks wise I like blondes, I'm dark haired myself", "p.appearance=blondes").asked(IDEAL),
                // the speaker's own looks are no liking
                en("Looks wise I'm short with curly hair", "p.appearance=-").asked(IDEAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("likings")
    void looksLikedDescribeTheImaginedPartner(ExtractionCase c) {
        c.check();
    }
}
