package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * When Hera's reply asks what the partner is like and, in other sentences, the children's names ("Boys,
 * girls, and the names you'd give them?"), the only name she asks is the children's: a bare name then is a
 * child's, not a new name for the partner she already knows.
 */
class NameAskedOfTheChildrenTest {

    private static final UserProfile SINGLE_WITH_OWEN = profile().status(RelationshipStatus.SINGLE).idealPartner("Owen").build();
    /** Hera's reply once the ideal partner is named: his character, then the children. */
    private static final String CHARACTER_AND_CHILDREN = "“Tall, glasses, neat beard” — I can picture Owen clearly. Soon you'll meet "
            + "your future family. What is Owen like? Please share their personality. How many children would you love to have? "
            + "Boys, girls, and the names you'd give them? Whatever comes to mind is perfect.";
    /** Hera's reply asking the partner's name with the children's: each in its own sentence. */
    private static final String NAME_AND_CHILDREN = "What is your ideal partner like? Please share their name (any name you'd love "
            + "to call them), their personality and how they look (hair, eyes, face, height). How many children would you love "
            + "to have? Boys, girls, and the names you'd give them? Whatever comes to mind is perfect.";

    static Stream<ExtractionCase> namesAskedOfTheChildren() {
        return Stream.of(
                en("Just one, a girl. Imogen", "p.name=-", "kids=女:Imogen").given(SINGLE_WITH_OWEN).asked(CHARACTER_AND_CHILDREN),
                // the partner's name asked in its own sentence is still the partner's
                en("Warm and steady. Call him Rafael", "p.name=Rafael", "kids=-")
                        .given(profile().status(RelationshipStatus.SINGLE).build()).asked(NAME_AND_CHILDREN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesAskedOfTheChildren")
    void theNameAskedBesideTheChildrenIsTheirs(ExtractionCase c) {
        c.check();
    }
}
