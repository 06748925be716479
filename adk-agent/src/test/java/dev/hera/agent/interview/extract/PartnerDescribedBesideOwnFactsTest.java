package dev.hera.agent.interview.extract;

import static dev.hera.agent.interview.extract.ExtractionCase.Given.profile;
import static dev.hera.agent.interview.extract.ExtractionCase.en;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.hera.model.RelationshipStatus;
import dev.hera.model.UserProfile;

/**
 * Hera's reply often asks for one of the person's own facts (gender, income) and, in the same breath,
 * what the partner is like and how they look. A description said without a subject ("Patient, really
 * kind") answers the partner's part: the person's facts are facts, not a character, so it is not the
 * person's own personality. Said with "I", it stays the person's.
 */
class PartnerDescribedBesideOwnFactsTest {

    private static final UserProfile MARRIED_TO_DEV = profile().status(RelationshipStatus.MARRIED).currentPartner("Dev").build();
    private static final UserProfile SINGLE = profile().status(RelationshipStatus.SINGLE).build();

    /** Hera's reply after the partner is named: the gender still missing, then the partner. */
    private static final String GENDER_AND_PARTNER = "Married! As guardian of marriage, that warms my heart. So your partner is Dev; "
            + "I'll remember that. Just a few more things, if you will. Would you share your gender with me? What is Dev like? "
            + "Please share how they look (hair, eyes, face, height). Whatever comes to mind is perfect.";
    /** The same with the income still missing. */
    private static final String INCOME_AND_PARTNER = "So your partner is Dev; I'll remember that. Just a few more things, if you will. "
            + "Could you tell me your rough annual income? Next, I'd love to hear about Dev — their personality and how they look "
            + "(hair, eyes, face, height). Whatever comes to mind is perfect.";
    private static final String INCOME_AND_IDEAL = "Thank you for sharing that you live in Leeds. My dear, stay with me a little longer. "
            + "I'd love to know your rough annual income. What would your ideal partner be like? Please share their personality "
            + "and how they look (hair, eyes, face, height). Whatever comes to mind is perfect.";

    static Stream<ExtractionCase> descriptionsWithoutSubject() {
        return Stream.of(
                en("Patient, really kind. A bit shy with new people though", "partner=current", "p.temperament~Patient", "pA>0.6",
                        "traits=-").given(MARRIED_TO_DEV).asked(GENDER_AND_PARTNER),
                en("Super outgoing, the life of every party. Tall, shaved head, big grin", "partner=current",
                        "p.appearance~shaved head", "pE>0.6", "traits=-").given(MARRIED_TO_DEV).asked(INCOME_AND_PARTNER),
                en("Easygoing and funny, loves the outdoors. Dark eyes would be nice", "partner=ideal", "p.temperament~Easygoing",
                        "traits=-").given(SINGLE).asked(INCOME_AND_IDEAL));
    }

    static Stream<ExtractionCase> ownFactsAndOwnWordsStayTheirs() {
        return Stream.of(
                // the gender asked beside the partner is still the person's
                en("Woman, for the record. Calm and patient, hardly ever raises his voice", "gender=女性", "partner=current",
                        "traits=-").given(MARRIED_TO_DEV).asked(GENDER_AND_PARTNER),
                en("About 45k. Organised to a fault, plans everything", "income~45", "pC>0.6", "traits=-")
                        .given(MARRIED_TO_DEV).asked(INCOME_AND_PARTNER),
                // what the person says of themselves with "I" is theirs
                en("I'm the shy one. Dev is outgoing and talks to everyone", "E<0.4", "pE>0.6").given(MARRIED_TO_DEV)
                        .asked(GENDER_AND_PARTNER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptionsWithoutSubject")
    void aDescriptionWithoutSubjectIsThePartners(ExtractionCase c) {
        c.check();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ownFactsAndOwnWordsStayTheirs")
    void thePersonsOwnFactsAndSaidOfThemselvesStayTheirs(ExtractionCase c) {
        c.check();
    }
}
