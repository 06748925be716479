package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * The imagined partner named by praising the name ("Kaylee I think Kaylee is a pretty name", "Angelica, that is a nice
 * name po", "Rhys. Always liked that name") or after "if I'm naming him". A name praised for a child, or a word
 * praised, names no partner.
 */
class PartnerNamePraisedAsANameTest {

    private static final String IDEAL = "What would your ideal partner be like?";
    private static final String CHILDREN = "Do you want children one day?";
    private static final UserProfile SINGLE = profile().status(RelationshipStatus.SINGLE).build();

    static Stream<ExtractionCase> praised() {
        return Stream.of(
                en("Kaylee I think Kaylee is a pretty name", "p.name=Kaylee").given(SINGLE).asked(IDEAL),
                en("Angelica, that is a nice name po.", "p.name=Angelica").given(SINGLE).asked(IDEAL),
                en("Kind, funny, dark hair. Dominic would be a good name for him", "p.name=Dominic").given(SINGLE).asked(IDEAL),
                en("Someone chill. Mateo, such a lovely name", "p.name=Mateo").given(SINGLE).asked(IDEAL),
                en("tall and sweet. ezra is such a cute name lol", "p.name=Ezra").given(SINGLE).asked(IDEAL),
                en("Rhys. Always liked that name", "p.name=Rhys").given(SINGLE).asked(IDEAL),
                en("If I'm naming him, Rhys.", "p.name=Rhys").given(SINGLE).asked(IDEAL),
                en("If I was naming her... Freya", "p.name=Freya").given(SINGLE).asked(IDEAL),
                // a child's name praised, or a word, names no partner
                en("A girl. Grace, that's a lovely name.", "p.name=-").given(SINGLE).asked(CHILDREN),
                en("Honest and kind. Honesty is a nice thing to have.", "p.name=-").given(SINGLE).asked(IDEAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("praised")
    void theNamePraisedNamesThePartner(ExtractionCase c) {
        c.check();
    }
}
