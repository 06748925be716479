package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;

/**
 * "name him... oliver": the pronoun after "name" says whom the name is for; it is no name. Answering
 * Hera's reply that asks for the partner and the children at once, it gave a child called "Him".
 */
class NamedForAPronounTest {

    /** Hera's reply asking for the ideal partner and the children together. */
    private static final String PARTNER_AND_CHILDREN = "I can tell you're reflective and sensitive, and I love that about you. "
            + "My dear, stay with me a little longer. What is your ideal partner like? Please share their name (any name you'd "
            + "love to call them), their personality and how they look (hair, eyes, face, height). How many children would you "
            + "love to have? Boys, girls, and the names you'd give them? Whatever comes to mind is perfect.";

    static Stream<ExtractionCase> pronounsAfterName() {
        return Stream.of(
                en("someone gentle and a bit nerdy. name him... oliver? yeah oliver. glasses, messy hair", "kids=-", "p.name=Oliver")
                        .given(profile().status(RelationshipStatus.SINGLE).build()).asked(PARTNER_AND_CHILDREN),
                en("warm and chatty, always laughing. name her: maya. curly hair, freckles", "kids=-")
                        .given(profile().status(RelationshipStatus.SINGLE).build()).asked(PARTNER_AND_CHILDREN),
                // a name list after "names" is still the children's
                en("two kids. names: ivy and rowan", "kids#=2").given(profile().status(RelationshipStatus.SINGLE).build())
                        .asked(PARTNER_AND_CHILDREN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pronounsAfterName")
    void aPronounAfterNameIsNoName(ExtractionCase c) {
        c.check();
    }
}
